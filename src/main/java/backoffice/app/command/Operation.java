package backoffice.app.command;

/**
 * What an agent did, as the journal names it. The names are what the journal file holds (older lines use the same
 * words), so a constant is never renamed.
 */
public enum Operation {
    CONNECT,
    IMPERSONATE,
    CLEAR_IMPERSONATION,
    BLOCK_CARD,
    UNBLOCK_CARD,
    REMOVE_CARD,
    CARD_RENEWAL,
    SPEND_RULES_CREATE,
    SPEND_RULES_UPDATE,
    SPEND_RULES_REPLACE,
    SPEND_RULES_DELETE,
    CREATE_USER,
    INVITE_USER,
    DEACTIVATE_USER,
    TRANSFER,
    TRANSFER_ATTEMPT,
    FEE_CHARGE,
    FEE_CHARGE_ATTEMPT,
    BULK_SUBMIT,
    BULK_SUBMIT_ATTEMPT,
    BULK_EXECUTE,
    BULK_PAUSE,
    BULK_RESUME,
    BULK_CANCEL,
    EXPORT_STATEMENT,
    SAVE_SERVER_STATEMENT,
    TRUST_KEY,
    /** A review's outcome is its verdict (INTACT, ALTERED, ...), not OK/FAILED. */
    REVIEW_EXPORT,
    CALL_START,
    CALL_END;

    /** The line written before a money movement is sent ({@code TRANSFER} -> {@code TRANSFER_ATTEMPT}). */
    public Operation attempt() {
        return valueOf(name() + "_ATTEMPT");
    }

    /** The spend-rules operation of a plan's kind ({@code UPDATE} -> {@code SPEND_RULES_UPDATE}). */
    public static Operation spendRules(Enum<?> kind) {
        return valueOf("SPEND_RULES_" + kind.name());
    }
}
