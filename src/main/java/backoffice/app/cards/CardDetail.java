package backoffice.app.cards;

/**
 * One labelled line of the card's details, as the pane lists them. {@code kind} says what the agent can do with the
 * value besides reading it: copy it (the card's id, the external handle, a tracking code or link), open another card
 * (the replacement, whose id is {@code target}) or open an account in Statements (the parent account of a debit
 * card). What opens can be copied too. A {@code wide} line takes a whole row of the grid.
 */
public record CardDetail(String label, String value, Kind kind, String target, boolean wide) {

    public enum Kind { TEXT, COPY, OPEN_CARD, OPEN_ACCOUNT }

    public CardDetail(String label, String value) {
        this(label, value, Kind.TEXT, null, false);
    }

    static CardDetail copyable(String label, String value, boolean wide) {
        return new CardDetail(label, value, Kind.COPY, value, wide);
    }

    static CardDetail openAccount(String label, String accountId) {
        return new CardDetail(label, accountId, Kind.OPEN_ACCOUNT, accountId, true); // id, Copy and the link: a row
    }

    static CardDetail openCard(String label, String value, String cardId) {
        return new CardDetail(label, value, Kind.OPEN_CARD, cardId, true);
    }
}
