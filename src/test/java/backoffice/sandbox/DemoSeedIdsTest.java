package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.InstrumentState;
import backoffice.sandbox.seed.DemoSeed;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.SandboxState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ids the README gives hold on any start day: the big ledger's size varies with the day, and what is seeded after
 * it starts at a fixed id. Each day below is seeded on its own and the README's cards are what it says they are.
 */
class DemoSeedIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T09:00:00Z", "2027-03-01T23:30:00Z", "2028-02-29T00:05:00Z"})
    void theReadmesIdsAreTheSameOnAnyStartDay(String start) throws Exception {
        SandboxState s = new SandboxState(Clock.fixed(Instant.parse(start), ZoneOffset.UTC));
        DemoSeed.load(s, s.addProgramme(DemoSeed.builtInProgramme("k")));
        String readme = Files.readString(Path.of("README.md"));

        assertThat(card(s, "110170049121040734").state().state()).isEqualTo(InstrumentState.State.NOT_ENABLED);
        assertThat(card(s, "110170049121040736").state().state()).isEqualTo(InstrumentState.State.DESTROYED);
        assertThat(card(s, "110170049121040744").spec().toString()).contains("pinBlocked=true");
        assertThat(s.transfers()).anyMatch(t -> t.id().equals("110170049121040002")
                && t.state().equals("SCHEDULED"));
        for (String id : new String[] {"110170049121040734", "110170049121040736", "110170049121040738",
                "110170049121040740", "110170049121040742", "110170049121040744", "110170049121040002"}) {
            assertThat(readme).as("README names %s", id).contains(id);
        }
    }

    private static Card card(SandboxState s, String id) {
        return s.card(id).orElseThrow(() -> new AssertionError("no card " + id));
    }
}
