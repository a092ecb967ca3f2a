package backoffice.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test kit itself: every test of a class gets the one demo sandbox, and @Demo identities are its seed's. */
@ExtendWith(DemoSandboxExtension.class)
class DemoSandboxExtensionTest {

    private static SandboxFixture first;

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CONSUMER, index = 1)
    private Identity consumer;

    @Test
    void fieldsAndParametersAreTheClassesOneSandboxAndItsSeed(SandboxFixture parameter) {
        assertThat(parameter).isSameAs(sandbox);
        assertThat(consumer).isEqualTo(sandbox.identity(IdentityType.CONSUMER, 1));
        assertThat(sandbox.server.rootUrl()).startsWith("http://127.0.0.1:");
        assertThat(sandbox.client().impersonation().accessToken(sandbox.identityId(IdentityType.CONSUMER, 1))
                .bearer()).isNotBlank();
        rememberOrCompare();
    }

    @Test
    void aSecondTestOfTheClassGetsTheSameSandbox() {
        rememberOrCompare();
    }

    private void rememberOrCompare() {
        if (first == null) {
            first = sandbox;
        }
        assertThat(sandbox).isSameAs(first);
    }
}
