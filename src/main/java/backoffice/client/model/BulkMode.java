package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code BulkProcessMode}: what a bulk does after an operation fails. */
public enum BulkMode {
    ON_FAILURE_STOP, ON_FAILURE_CONTINUE, @JsonEnumDefaultValue UNKNOWN;

    /** The mode named {@code raw}; null and unknown names give {@link #UNKNOWN}. */
    public static BulkMode of(String raw) {
        return WireEnums.parse(BulkMode.class, raw, UNKNOWN);
    }
}
