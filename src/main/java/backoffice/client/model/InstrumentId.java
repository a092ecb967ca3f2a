package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** {@code {id, type: managed_accounts|managed_cards}}. */
public record InstrumentId(InstrumentType type, String id) {

    /** A missing type reads as UNKNOWN, like one we do not know. */
    public InstrumentId {
        type = type == null ? InstrumentType.UNKNOWN : type;
    }

    public static InstrumentId account(String id) {
        return new InstrumentId(InstrumentType.MANAGED_ACCOUNTS, id);
    }

    public static InstrumentId card(String id) {
        return new InstrumentId(InstrumentType.MANAGED_CARDS, id);
    }

    /** Whether this names a managed card (else an account, or a type we do not know). */
    @JsonIgnore
    public boolean isCard() {
        return type == InstrumentType.MANAGED_CARDS;
    }

    /** Whether this names a managed account. */
    @JsonIgnore
    public boolean isAccount() {
        return type == InstrumentType.MANAGED_ACCOUNTS;
    }
}
