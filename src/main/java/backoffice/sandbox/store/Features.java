package backoffice.sandbox.store;

/**
 * A programme's restricted features, which Weavr enables on request: {@code PATCH /managed_cards/{id}/renewal}
 * (card renewal) and {@code /users} (authorised users). Off → their routes answer 403 INSUFFICIENT_PERMISSIONS.
 */
public record Features(boolean cardRenewal, boolean authorisedUsers) {

    /** What a programme has unless the admin face says otherwise (the demo and empty seeds alike). */
    public static final Features ALL = new Features(true, true);
}
