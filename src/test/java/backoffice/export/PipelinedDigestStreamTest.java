package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hashing and writing on their own threads: every byte in order, the digest of exactly those bytes, no hang. */
class PipelinedDigestStreamTest {

    @Test
    void writesEveryByteInOrderAndDigestsExactlyThem() throws Exception {
        byte[] data = new byte[3_000_000];
        new Random(7).nextBytes(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MessageDigest sha = StatementExporter.sha256();
        PipelinedDigestStream piped = new PipelinedDigestStream(out, sha);
        for (int off = 0; off < data.length; off += 1_000) {
            piped.write(data, off, Math.min(1_000, data.length - off));
        }
        piped.close();
        assertThat(piped.count()).isEqualTo(data.length);
        assertThat(out.toByteArray()).isEqualTo(data);
        assertThat(sha.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void aFailedWriteEndsTheExportWithTheCauseInsteadOfWaitingForever() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        PipelinedDigestStream piped = new PipelinedDigestStream(full, StatementExporter.sha256());
        byte[] data = new byte[1 << 20];
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> {
                    for (int i = 0; i < 64; i++) {
                        piped.write(data, 0, data.length);
                    }
                    piped.close();
                }).isInstanceOf(IOException.class).hasRootCauseMessage("No space left on device"));
    }
}
