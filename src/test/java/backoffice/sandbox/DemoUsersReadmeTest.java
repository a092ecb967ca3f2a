package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.testsupport.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Try it" table gives the demo seed's authorised users by id (the API cannot list users, so an agent
 * trying the Users pane needs them): each seed user is listed there with their id.
 */
class DemoUsersReadmeTest {

    @Test
    void theReadmeListsTheSeedsUserIds() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            int users = 0;
            for (var identity : sandbox.server.state().identities()) {
                for (var user : sandbox.server.state().users().of(identity.id())) {
                    String who = user.details().name() + " " + user.details().surname();
                    assertThat(readme).as(who).contains("`" + user.id() + "` " + who);
                    users++;
                }
            }
            assertThat(users).isEqualTo(3);
        }
    }
}
