package backoffice.sandbox.http;

import backoffice.client.model.MoneyLimits;
import backoffice.client.model.ValidationError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads fields out of a JSON request body the way the API validates them: each reader records a
 * {@link ValidationError} (dotted field name, error enum) instead of throwing, and {@link #check()} answers 400 with
 * all of them at once. Wrong JSON types are {@code INVALID_TYPE_OR_VALUE}, never a 500.
 */
public final class Body {

    private final JsonNode root;
    private final List<ValidationError> errors = new ArrayList<>();

    public Body(JsonNode root) {
        this.root = root;
    }

    public JsonNode node() {
        return root;
    }

    private JsonNode at(String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() ? null : n;
    }

    public boolean has(String dotted) {
        return at(dotted) != null;
    }

    /** A non-blank string; REQUIRED when absent, HAS_TEXT when blank, INVALID_TYPE_OR_VALUE when not a string. */
    public String text(String field, boolean required) {
        JsonNode n = at(field);
        if (n == null) {
            if (required) {
                errors.add(ValidationError.of(field, "REQUIRED", field + " must not be null"));
            }
            return null;
        }
        if (!n.isTextual()) {
            errors.add(ValidationError.of(field, "INVALID_TYPE_OR_VALUE", field + " must be a string"));
            return null;
        }
        if (n.asText().isBlank()) {
            errors.add(ValidationError.of(field, "HAS_TEXT", field + " must not be blank"));
            return null;
        }
        return n.asText();
    }

    public String matching(String field, Pattern pattern, boolean required) {
        String value = text(field, required);
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(ValidationError.of(field, "REGEX", field + " must match " + pattern.pattern()));
            return null;
        }
        return value;
    }

    public String id(String field, boolean required) {
        String value = text(field, required);
        if (value != null && !Ids.isId(value)) {
            errors.add(ValidationError.of(field, "REGEX", field + " must match ^[0-9]+$"));
            return null;
        }
        return value;
    }

    /** An enum value; the API reports a bad one on the parent object and on the leaf, both INVALID_TYPE_OR_VALUE. */
    public <E extends Enum<E>> E oneOf(String field, Class<E> type, boolean required) {
        JsonNode n = at(field);
        if (n == null) {
            if (required) {
                errors.add(ValidationError.of(field, "REQUIRED", field + " must not be null"));
            }
            return null;
        }
        List<E> allowed = Arrays.stream(type.getEnumConstants()).filter(c -> !c.name().equals("UNKNOWN")).toList();
        for (E constant : allowed) {
            if (n.isTextual() && constant.name().equals(n.asText())) {
                return constant;
            }
        }
        int dot = field.lastIndexOf('.');
        if (dot > 0) {
            errors.add(ValidationError.of(field.substring(0, dot), "INVALID_TYPE_OR_VALUE"));
        }
        errors.add(new ValidationError(dot > 0 ? field.substring(dot + 1) : field, "INVALID_TYPE_OR_VALUE",
                field + " must be one of " + allowed, null,
                List.of(n.asText())));
        return null;
    }

    public String oneOf(String field, Set<String> allowed, boolean required) {
        String value = text(field, required);
        if (value != null && !allowed.contains(value)) {
            errors.add(ValidationError.of(field, "IN", field + " must be one of " + allowed));
            return null;
        }
        return value;
    }

    /** A JSON integer (minor units); INVALID_TYPE_OR_VALUE for decimals, strings or overflow. */
    public Long integer(String field, boolean required) {
        JsonNode n = at(field);
        if (n == null) {
            if (required) {
                errors.add(ValidationError.of(field, "REQUIRED", field + " must not be null"));
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            errors.add(ValidationError.of(field, "INVALID_TYPE_OR_VALUE", field + " must be a whole number"));
            return null;
        }
        return n.asLong();
    }

    /**
     * An amount in minor units: a whole number (as {@link #integer}) of at most {@link MoneyLimits#MAX_AMOUNT},
     * AT_MOST above it. Its lower bound (positive, or not negative) is the operation's own rule.
     */
    public Long amount(String field, boolean required) {
        Long value = integer(field, required);
        if (value != null && !MoneyLimits.withinMaximum(value)) {
            errors.add(ValidationError.of(field, "AT_MOST", field + " must be at most " + MoneyLimits.MAX_AMOUNT));
            return null;
        }
        return value;
    }

    public Boolean bool(String field) {
        JsonNode n = at(field);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            errors.add(ValidationError.of(field, "INVALID_TYPE_OR_VALUE", field + " must be true or false"));
            return null;
        }
        return n.asBoolean();
    }

    /** An object field that must be present (its own fields are read separately). */
    public boolean object(String field, boolean required) {
        JsonNode n = at(field);
        if (n == null) {
            if (required) {
                errors.add(ValidationError.of(field, "REQUIRED", field + " must not be null"));
            }
            return false;
        }
        if (!n.isObject()) {
            errors.add(ValidationError.of(field, "INVALID_TYPE_OR_VALUE", field + " must be an object"));
            return false;
        }
        return true;
    }

    public void reject(String field, String error, String message) {
        errors.add(ValidationError.of(field, error, message));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Throws 400 with every error recorded so far, in the generic {@code syntaxErrors} shape. */
    public void checkSyntax() {
        if (!errors.isEmpty()) {
            throw SandboxError.syntax(List.copyOf(errors));
        }
    }

    /** Throws 400 with every error recorded so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw SandboxError.badRequest(List.copyOf(errors));
        }
    }
}
