package backoffice.client.http;

import backoffice.client.error.ApiException;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.RateLimitedException;
import backoffice.client.error.ServerException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.json.Json;
import backoffice.client.model.ValidationError;
import backoffice.client.error.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns a non-2xx answer into the typed exception for its status. All mapping happens here. */
final class ErrorMapper {

    private ErrorMapper() {
    }

    static ApiException map(int status, byte[] body, String requestRef, String rateLimitReset) {
        JsonNode json = parse(body);
        String errorCode = text(json, "errorCode");
        if (errorCode == null) {
            errorCode = text(json, "code");
        }
        String message = text(json, "message");
        List<ValidationError> errors = validationErrors(json);
        return switch (status) {
            case 400, 412, 413, 422 -> new ValidationException(status, errorCode, message, errors, requestRef);
            case 401 -> new UnauthorizedException(status, errorCode, message, errors, requestRef);
            case 403 -> new ForbiddenException(status, errorCode, message, errors, requestRef);
            case 404, 405 -> new NotFoundException(status, errorCode, message, errors, requestRef);
            case 409 -> new ConflictException(status, errorCode, message, errors, requestRef);
            case 429 -> new RateLimitedException(status, errorCode, message, errors, requestRef,
                    seconds(rateLimitReset));
            default -> new ServerException(status, errorCode, message, errors, requestRef);
        };
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        if (json == null || !json.hasNonNull(field)) {
            return null;
        }
        return json.get(field).asText();
    }

    /** Reads both the back-office {@code validationErrors} shape and the generic {@code syntaxErrors} one. */
    private static List<ValidationError> validationErrors(JsonNode json) {
        List<ValidationError> out = new ArrayList<>();
        if (json == null) {
            return out;
        }
        JsonNode list = json.path("validationErrors");
        if (!list.isArray()) {
            list = json.path("syntaxErrors").path("invalidFields");
        }
        for (JsonNode item : list) {
            out.add(new ValidationError(text(item, "fieldName"), text(item, "error"), text(item, "message"),
                    strings(item.path("params")), strings(item.path("invalidValue"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** {@code x-ratelimit-reset} is a number of seconds; tolerate absence and garbage. */
    static Duration seconds(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(header.trim()) * 1000));
        } catch (NumberFormatException garbage) {
            return null;
        }
    }
}
