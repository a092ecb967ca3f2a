package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The standalone sandbox: its one start-up line, then it serves until killed. */
class SandboxMainIT {

    @Test
    void printsExactlyOneReadyLineAndServes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "backoffice.sandbox.SandboxMain", "--port", "0", "--api-key", "k-main", "--seed", "empty")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).matches("Sandbox listening on http://127\\.0\\.0\\.1:[0-9]+ \\(api-key: k-main\\)");
            String url = line.substring("Sandbox listening on ".length(), line.indexOf(" (api-key"));
            try (var r = new OkHttpClient().newCall(new Request.Builder().url(url + "/sandbox/programme")
                    .header("api-key", "k-main").build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(p.isAlive()).isTrue();
        } finally {
            p.destroy();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void badFlagExitsWithAMessage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "backoffice.sandbox.SandboxMain", "--seed", "full").redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("demo or empty");
    }
}
