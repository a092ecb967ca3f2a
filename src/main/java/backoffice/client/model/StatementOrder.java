package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code orderByTimestamp} of a statement request: {@link #DESC} (newest first) is the API's default. */
public enum StatementOrder {
    ASC, DESC, @JsonEnumDefaultValue UNKNOWN;

    /** The order named {@code raw}; null and unknown names give {@link #UNKNOWN}. */
    public static StatementOrder of(String raw) {
        return WireEnums.parse(StatementOrder.class, raw, UNKNOWN);
    }
}
