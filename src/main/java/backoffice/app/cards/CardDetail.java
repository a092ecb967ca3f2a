package backoffice.app.cards;

/** One labelled line of the card's details, as the pane lists them. */
public record CardDetail(String label, String value) {
}
