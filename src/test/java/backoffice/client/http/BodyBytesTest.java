package backoffice.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Bodies as a real server sends them over loopback: with a length, chunked, gzipped, and cut short. */
class BodyBytesTest {

    private static final byte[] BODY = body(700_000); // larger than okio's segment pool, many segments

    @Test
    void aBodyWithItsLengthIsReadWhole() throws Exception {
        assertThat(fetch(head("Content-Length: " + BODY.length), BODY)).isEqualTo(BODY);
    }

    @Test
    void aChunkedBodyIsReadWhole() throws Exception {
        assertThat(fetch(head("Transfer-Encoding: chunked"), chunked(BODY))).isEqualTo(BODY);
    }

    @Test
    void aGzippedBodyIsReadWholeThoughItsLengthIsUnknownOnceUnzipped() throws Exception {
        byte[] zipped = gzip(BODY);
        assertThat(fetch(head("Content-Encoding: gzip", "Content-Length: " + zipped.length), zipped))
                .isEqualTo(BODY);
    }

    @Test
    void anEmptyBodyIsEmpty() throws Exception {
        assertThat(fetch(head("Content-Length: 0"), new byte[0])).isEmpty();
    }

    @Test
    void aBodyEndingBeforeItsLengthIsAnErrorNotAShortAnswer() {
        byte[] cut = Arrays.copyOf(BODY, BODY.length / 2);
        assertThatThrownBy(() -> fetch(head("Content-Length: " + BODY.length), cut)).isInstanceOf(IOException.class);
    }

    private static byte[] fetch(String head, byte[] payload) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[8192]); // the request (one small GET)
                    OutputStream out = s.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(payload);
                    out.flush();
                } catch (IOException ignored) {
                    // the client's side decides the test
                }
            });
            serving.start();
            OkHttpClient http = new OkHttpClient();
            try (Response r = http.newCall(new Request.Builder()
                    .url("http://127.0.0.1:" + server.getLocalPort() + "/statement").build()).execute()) {
                return BodyBytes.read(r.body());
            } finally {
                serving.join(5_000);
                http.connectionPool().evictAll();
                http.dispatcher().executorService().shutdown();
            }
        }
    }

    private static String head(String... headers) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + String.join("\r\n", headers) + "\r\n\r\n";
    }

    private static byte[] body(int size) {
        byte[] b = new byte[size];
        new Random(18).nextBytes(b);
        return b;
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 10_000) {
            int n = Math.min(10_000, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        }
        return out.toByteArray();
    }
}
