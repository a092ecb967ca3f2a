package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.sandbox.http.Faults;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxConfigTest {

    @Test
    void defaultsAreLoopbackPort8089DemoSeed() {
        SandboxConfig c = SandboxConfig.parse();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(8089);
        assertThat(c.apiKey()).isEqualTo("sandbox-api-key");
        assertThat(c.seed()).isEqualTo("demo");
        assertThat(c.tokenTtl()).isEqualTo(Duration.ofHours(8));
        assertThat(c.faults()).isEqualTo(Faults.NONE);
        assertThat(c.clock()).as("no option for it: the system clock").isEqualTo(Clock.systemUTC());
        assertThat(c.withTokenTtl(Duration.ofSeconds(1)).clock()).isEqualTo(Clock.systemUTC());
    }

    @Test
    void everyFlagIsRead() {
        SandboxConfig c = SandboxConfig.parse("--sandbox", "--host", "0.0.0.0", "--port", "0", "--api-key", "k",
                "--seed", "empty", "--token-ttl", "5s", "--faults",
                "latency=20ms,error503=0.1,drop=0.05,dropAfterCommit=0.05");
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.port()).isZero();
        assertThat(c.apiKey()).isEqualTo("k");
        assertThat(c.seed()).isEqualTo("empty");
        assertThat(c.tokenTtl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.faults()).isEqualTo(new Faults(20, 0.1, 0.05, 0.05));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"30m, PT30M", "250ms, PT0.25S", "2d, PT48H"})
    void durationsTakeUnits(String typed, Duration expected) {
        assertThat(SandboxConfig.parseDuration(typed)).isEqualTo(expected);
    }

    @Test
    void aDurationWithoutUnitIsRefused() {
        assertThatThrownBy(() -> SandboxConfig.parseDuration("30")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--colour red | Unknown flag --colour",
            "--port | needs a value",
            "--seed full | demo or empty",
            "--faults drop=2 | probability",
            "--faults boom=1 | Unknown fault"})
    void badFlagsAreExplained(String args, String explanation) {
        assertThatThrownBy(() -> SandboxConfig.parse(args.split(" "))).hasMessageContaining(explanation);
    }
}
