package backoffice.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp interceptor that checks every exchange against {@code openapi/backoffice-sandbox.yaml}. The response
 * must always match the document. The request must match too, unless the sandbox refused it with a 4xx — tests
 * send bad input and bad credentials on purpose, and refusing them is exactly what the contract asks.
 */
public final class ContractValidator implements Interceptor {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(spec())
            .build();

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private int exchanges;

    private static String spec() {
        try (InputStream in = ContractValidator.class.getResourceAsStream("/openapi/backoffice-sandbox.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi/backoffice-sandbox.yaml is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        Response response = chain.proceed(request);
        byte[] responseBytes = response.body() == null ? new byte[0] : response.body().bytes();
        MediaType type = response.body() == null ? null : response.body().contentType();
        check(request, response, responseBytes);
        return response.newBuilder().body(ResponseBody.create(responseBytes, type)).build();
    }

    private void check(okhttp3.Request request, Response response, byte[] responseBytes) throws IOException {
        exchanges++;
        var req = new SimpleRequest.Builder(Request.Method.valueOf(request.method()), request.url().encodedPath());
        request.headers().forEach(h -> req.withHeader(h.getFirst(), h.getSecond()));
        for (String name : request.url().queryParameterNames()) {
            req.withQueryParam(name, request.url().queryParameterValues(name));
        }
        if (request.body() != null && request.body().contentLength() > 0) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            req.withBody(buffer.readUtf8());
        }
        var res = SimpleResponse.Builder.status(response.code());
        response.headers().forEach(h -> res.withHeader(h.getFirst(), h.getSecond()));
        if (responseBytes.length > 0) {
            res.withBody(new String(responseBytes, StandardCharsets.UTF_8));
        }
        if (response.header("request-ref") == null) {
            violations.add(request.method() + " " + request.url().encodedPath() + " -> " + response.code()
                    + ": no request-ref header");
        }
        // The API answers JSON to any accept type it does not know (§4.2); OpenAPI cannot say "any type".
        ValidationReport requestReport = withoutAcceptComplaints(VALIDATOR.validateRequest(req.build()));
        ValidationReport responseReport = VALIDATOR.validateResponse(request.url().encodedPath(),
                Request.Method.valueOf(request.method()), res.build());
        boolean refused = response.code() >= 400 && response.code() < 500;
        boolean undocumentedPath = requestReport.getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
        if (undocumentedPath && (response.code() == 404 || response.code() == 405)) {
            return; // a route the API does not have, refused as the API refuses it
        }
        if (requestReport.hasErrors() && !refused) {
            violations.add(describe(request, response.code(), "request", requestReport));
        }
        if (responseReport.hasErrors()) {
            violations.add(describe(request, response.code(), "response", responseReport));
        }
    }

    private static ValidationReport withoutAcceptComplaints(ValidationReport report) {
        return ValidationReport.from(report.getMessages().stream()
                .filter(m -> !m.getKey().equals("validation.request.accept.notAllowed")).toList());
    }

    private static String describe(okhttp3.Request request, int status, String side, ValidationReport report) {
        return request.method() + " " + request.url().encodedPath() + " -> " + status + " " + side + ": "
                + report.getMessages().stream().map(m -> m.getKey() + " " + m.getMessage()).toList();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The violations so far, forgetting them (so one test's failure is reported once). */
    public List<String> drain() {
        List<String> out = List.copyOf(violations);
        violations.removeAll(out);
        return out;
    }

    public int exchanges() {
        return exchanges;
    }
}
