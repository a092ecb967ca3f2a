package backoffice.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** One demo sandbox per test class; after each test, every exchange must have matched the OpenAPI document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
public abstract class SandboxTestBase {

    @Demo
    protected SandboxFixture sandbox;

    @AfterEach
    void exchangesMatchTheContract() {
        assertThat(sandbox.contract.drain()).as("contract violations").isEmpty();
    }
}
