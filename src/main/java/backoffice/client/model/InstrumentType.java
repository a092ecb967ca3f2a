package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code type} of an {@link InstrumentId}; on the wire in lower case ({@code managed_accounts}). */
public enum InstrumentType {
    MANAGED_ACCOUNTS("managed_accounts"), MANAGED_CARDS("managed_cards"), @JsonEnumDefaultValue UNKNOWN("unknown");

    private final String wire;

    InstrumentType(String wire) {
        this.wire = wire;
    }

    /** The value as the API writes it. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The wire value, so that text built from an instrument reads as the API writes it. */
    @Override
    public String toString() {
        return wire;
    }

    /** The type written {@code raw} on the wire; null and unknown values give {@link #UNKNOWN}. */
    public static InstrumentType of(String raw) {
        for (InstrumentType t : values()) {
            if (t != UNKNOWN && t.wire.equals(raw)) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
