package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code BulkProcessOperationStatus}; a value we do not know reads as {@link #UNKNOWN}. */
public enum BulkOperationStatus {
    SUBMITTED, RUNNING, COMPLETED, FAILED, CANCELLED, @JsonEnumDefaultValue UNKNOWN;

    /** The status named {@code raw}; null and unknown names give {@link #UNKNOWN}. */
    public static BulkOperationStatus of(String raw) {
        return WireEnums.parse(BulkOperationStatus.class, raw, UNKNOWN);
    }

    /** Whether the operation has run or will never run. */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
