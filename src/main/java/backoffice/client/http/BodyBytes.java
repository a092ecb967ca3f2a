package backoffice.client.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * A response body read into one array without holding it twice. OkHttp's {@code ResponseBody.bytes()} (and
 * okio's {@code readFully}) buffer the whole body in 8 KB segments and then copy it into an array: for a statement
 * page of 500 entries every byte allocated twice, and the segments too many to go back to okio's pool (the
 * statement load allocated ~1.2 KB per entry this way, most of what its page threads allocated). With a
 * {@code Content-Length} the body is read a segment at a time straight into an array of that size, each segment
 * going back to the pool once read; without one (chunked or transparently gunzipped) it is read in blocks.
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
                // read(...) a segment at a time: readFully(...) would first buffer the whole body in segments
                for (int at = 0, n; at < bytes.length; at += n) {
                    n = source.read(bytes, at, bytes.length - at);
                    if (n == -1) {
                        throw new EOFException("The answer ended after " + at + " of its " + length + " bytes");
                    }
                }
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
