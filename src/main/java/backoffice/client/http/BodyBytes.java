package backoffice.client.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * A response body read into one array without holding it twice. OkHttp's {@code ResponseBody.bytes()} buffers the
 * whole body in 8 KB segments and then copies it into an array: for a statement page of 500 entries that is every
 * byte allocated twice, and the segments are too many to go back to okio's pool (the statement load allocated
 * ~1.2 KB per entry this way, most of what its page threads allocated). With a {@code Content-Length} the body is
 * read straight into an array of that size, its segments recycled as they are read; without one (chunked or
 * transparently gunzipped) it is read in blocks.
 */
final class BodyBytes {

    private static final int BLOCK = 64 * 1024;

    private BodyBytes() {
    }

    static byte[] read(ResponseBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        long length = body.contentLength();
        try (BufferedSource source = body.source()) {
            if (length >= 0 && length <= Integer.MAX_VALUE - 8) {
                byte[] bytes = new byte[(int) length];
                source.readFully(bytes); // an EOFException when the body ends before its Content-Length
                return bytes;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(BLOCK);
            byte[] block = new byte[BLOCK];
            for (int n; (n = source.read(block)) != -1; ) {
                out.write(block, 0, n);
            }
            return out.toByteArray();
        }
    }
}
