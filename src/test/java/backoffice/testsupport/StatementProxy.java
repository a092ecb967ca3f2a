package backoffice.testsupport;

import backoffice.client.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A loopback proxy in front of a sandbox that makes its statements behave as another server might: reading the
 * range's bounds as exclusive, leaving out {@code count}, or losing entries while still counting them. Everything
 * else passes through unchanged.
 */
public final class StatementProxy implements AutoCloseable {

    public enum Mode {
        /** The sandbox as it is: both bounds inclusive. */
        INCLUSIVE,
        /** {@code fromTimestamp} means "after" and {@code toTimestamp} "before", as the published document says. */
        EXCLUSIVE,
        /** No {@code count} nor {@code responseCount} in the answer (neither is required). */
        NO_COUNT,
        /**
         * The entries at positions {@value #LOST_EVERY}, 2 × {@value #LOST_EVERY}, … of the statement are on no page
         * ({@code count} still counts them), however the client cuts it into pages.
         */
        LOSES_ENTRIES,
        /** A CSV document holds at most {@value #DOCUMENT_PAGE} rows, from {@code offset}: documents are paged. */
        PAGES_DOCUMENTS,
        /** A CSV document holds the first {@value #DOCUMENT_PAGE} rows and nothing at any later offset. */
        SHORT_DOCUMENTS
    }

    public static final int DOCUMENT_PAGE = 50;
    public static final int LOST_EVERY = 100;
    private static final Pattern OFFSET = Pattern.compile("(?:^|&)offset=([0-9]+)");
    private static final Pattern PAGE_SIZE = Pattern.compile("&?(statementLimit|limit)=[0-9]+");
    private static final Pattern LATER_OFFSET = Pattern.compile("offset=[1-9][0-9]*");

    private static final Pattern BOUND = Pattern.compile("(fromTimestamp|toTimestamp)=(-?[0-9]+)");

    private final HttpServer server;
    private final String target;
    private final Mode mode;
    private final OkHttpClient http = new OkHttpClient();

    public StatementProxy(String target, Mode mode) {
        this.target = target;
        this.mode = mode;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::forward);
        server.start();
    }

    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        boolean statement = ex.getRequestURI().getPath().endsWith("/statement");
        if (statement && query != null && mode == Mode.EXCLUSIVE) {
            query = exclusive(query);
        }
        String accept = ex.getRequestHeaders().getFirst("accept");
        if (statement && accept != null && accept.startsWith("text/csv")
                && (mode == Mode.PAGES_DOCUMENTS || mode == Mode.SHORT_DOCUMENTS)) {
            query = pagedDocument(query == null ? "" : query);
        }
        Request.Builder b = new Request.Builder().url(target + ex.getRequestURI().getRawPath()
                + (query == null ? "" : "?" + query));
        byte[] in = ex.getRequestBody().readAllBytes();
        b.method(ex.getRequestMethod(), in.length == 0 && ex.getRequestMethod().equals("GET") ? null
                : RequestBody.create(in, null));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                values.forEach(v -> b.addHeader(name, v));
            }
        });
        try (Response r = http.newCall(b.build()).execute()) {
            byte[] body = r.body() == null ? new byte[0] : r.body().bytes();
            String type = r.header("content-type", "");
            if (statement && r.code() == 200 && type.startsWith("application/json")) {
                body = rewrite(body, query);
            }
            r.headers().forEach(h -> {
                if (!h.getFirst().equalsIgnoreCase("content-length")
                        && !h.getFirst().equalsIgnoreCase("transfer-encoding")) {
                    ex.getResponseHeaders().add(h.getFirst(), h.getSecond());
                }
            });
            ex.sendResponseHeaders(r.code(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The document request as a server that pages documents by {@value #DOCUMENT_PAGE} would answer it. */
    private String pagedDocument(String query) {
        String q = PAGE_SIZE.matcher(query).replaceAll("");
        if (mode == Mode.SHORT_DOCUMENTS) {
            q = LATER_OFFSET.matcher(q).replaceAll("offset=100000000");
        }
        return (q.startsWith("&") ? q.substring(1) : q) + (q.isEmpty() ? "" : "&") + "statementLimit=" + DOCUMENT_PAGE
                + "&limit=" + DOCUMENT_PAGE;
    }

    /** A bound read as exclusive is the sandbox's inclusive bound one millisecond further in. */
    private static String exclusive(String query) {
        Matcher m = BOUND.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long v = Long.parseLong(m.group(2));
            m.appendReplacement(out, m.group(1) + "=" + (m.group(1).equals("toTimestamp") ? v - 1 : v + 1));
        }
        m.appendTail(out);
        return out.toString();
    }

    private byte[] rewrite(byte[] body, String query) throws IOException {
        var mapper = Json.mapper();
        ObjectNode json = (ObjectNode) mapper.readTree(body);
        if (mode == Mode.NO_COUNT) {
            json.remove("count");
            json.remove("responseCount");
        } else if (mode == Mode.LOSES_ENTRIES && json.get("entry") instanceof ArrayNode entries) {
            Matcher m = OFFSET.matcher(query == null ? "" : query);
            long offset = m.find() ? Long.parseLong(m.group(1)) : 0;
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (offset + i > 0 && (offset + i) % LOST_EVERY == 0) {
                    entries.remove(i);
                }
            }
        } else {
            return body;
        }
        return mapper.writeValueAsBytes(json);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
