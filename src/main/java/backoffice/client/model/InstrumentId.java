package backoffice.client.model;

/** {@code {id, type: managed_accounts|managed_cards}}. */
public record InstrumentId(String type, String id) {

    public static final String ACCOUNTS = "managed_accounts";
    public static final String CARDS = "managed_cards";

    public static InstrumentId account(String id) {
        return new InstrumentId(ACCOUNTS, id);
    }

    public static InstrumentId card(String id) {
        return new InstrumentId(CARDS, id);
    }
}
