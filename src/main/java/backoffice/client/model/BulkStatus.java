package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code BulkProcessStatus}; a free string in answers, so a value we do not know reads as {@link #UNKNOWN}. */
public enum BulkStatus {
    SUBMITTED, RUNNING, PARTIALLY_COMPLETED, COMPLETED, FAILED, PAUSED, CANCELLED, @JsonEnumDefaultValue UNKNOWN;

    /** The status named {@code raw}; null and unknown names give {@link #UNKNOWN}. */
    public static BulkStatus of(String raw) {
        return WireEnums.parse(BulkStatus.class, raw, UNKNOWN);
    }

    /** Whether the bulk has ended: nothing more will run. */
    public boolean isFinal() {
        return this == COMPLETED || this == PARTIALLY_COMPLETED || this == FAILED || this == CANCELLED;
    }
}
