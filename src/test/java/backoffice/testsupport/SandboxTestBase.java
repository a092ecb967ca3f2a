package backoffice.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One demo sandbox per test class; after each test, every exchange must have matched the OpenAPI document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SandboxTestBase {

    protected SandboxFixture sandbox;

    protected SandboxFixture createFixture() {
        return SandboxFixture.demo();
    }

    @BeforeAll
    void startSandbox() {
        sandbox = createFixture();
    }

    @AfterEach
    void exchangesMatchTheContract() {
        assertThat(sandbox.contract.drain()).as("contract violations").isEmpty();
    }

    @AfterAll
    void stopSandbox() {
        sandbox.close();
    }
}
