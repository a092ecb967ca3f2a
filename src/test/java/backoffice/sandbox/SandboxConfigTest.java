package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.sandbox.http.Faults;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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

    @Test
    void durationsTakeUnits() {
        assertThat(SandboxConfig.parseDuration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(SandboxConfig.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(SandboxConfig.parseDuration("2d")).isEqualTo(Duration.ofDays(2));
        assertThatThrownBy(() -> SandboxConfig.parseDuration("30")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badFlagsAreExplained() {
        assertThatThrownBy(() -> SandboxConfig.parse("--colour", "red")).hasMessageContaining("Unknown flag --colour");
        assertThatThrownBy(() -> SandboxConfig.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SandboxConfig.parse("--seed", "full")).hasMessageContaining("demo or empty");
        assertThatThrownBy(() -> SandboxConfig.parse("--faults", "drop=2")).hasMessageContaining("probability");
        assertThatThrownBy(() -> SandboxConfig.parse("--faults", "boom=1")).hasMessageContaining("Unknown fault");
    }
}
