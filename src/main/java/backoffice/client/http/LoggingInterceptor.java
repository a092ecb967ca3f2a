package backoffice.client.http;

import backoffice.client.Redactor;
import java.io.IOException;
import java.lang.System.Logger.Level;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs one line per HTTP exchange: method, path, status, time and request-ref; with DEBUG on, headers too.
 * Secret headers are never written (the api-key and Authorization show as [REDACTED]); bodies are not logged.
 */
public final class LoggingInterceptor implements Interceptor {

    private static final System.Logger LOG = System.getLogger("backoffice.client.http");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        String line = request.method() + " " + Redactor.text(request.url().encodedPath())
                + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery());
        if (LOG.isLoggable(Level.DEBUG)) {
            StringBuilder headers = new StringBuilder();
            request.headers().forEach(h -> headers.append(h.getFirst()).append(": ")
                    .append(Redactor.header(h.getFirst(), h.getSecond())).append("; "));
            LOG.log(Level.DEBUG, "-> " + line + " [" + headers + "]");
        }
        try {
            Response response = chain.proceed(request);
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.log(response.code() >= 500 ? Level.WARNING : Level.INFO, "{0} -> {1} ({2} ms) request-ref={3}",
                    line, response.code(), ms, response.header("request-ref"));
            return response;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "{0} -> failed: {1}", line, e.toString());
            throw e;
        }
    }
}
