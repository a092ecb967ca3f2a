package backoffice.client.model;

/** {@code {state, blockedReason?, destroyedReason?}} of a card or account. */
public record InstrumentState(State state, BlockedReason blockedReason, DestroyedReason destroyedReason) {

    public enum State { ACTIVE, BLOCKED, DESTROYED, NOT_ENABLED, @com.fasterxml.jackson.annotation.JsonEnumDefaultValue UNKNOWN }

    public enum BlockedReason { USER, SYSTEM, LOST, SINGLE_SPEND, @com.fasterxml.jackson.annotation.JsonEnumDefaultValue UNKNOWN }

    public enum DestroyedReason {
        SYSTEM, USER, LOST, STOLEN, EXPIRED, COMPROMISED, SINGLE_SPEND,
        @com.fasterxml.jackson.annotation.JsonEnumDefaultValue UNKNOWN
    }

    public static InstrumentState active() {
        return new InstrumentState(State.ACTIVE, null, null);
    }
}
