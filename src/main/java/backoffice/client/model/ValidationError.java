package backoffice.client.model;

import java.util.List;

/** One entry of a 400 body's {@code validationErrors}: which field, which rule. */
public record ValidationError(String fieldName, String error, String message, List<String> params, List<String> invalidValue) {

    public static ValidationError of(String fieldName, String error) {
        return new ValidationError(fieldName, error, null, null, null);
    }

    public static ValidationError of(String fieldName, String error, String message) {
        return new ValidationError(fieldName, error, message, null, null);
    }
}
