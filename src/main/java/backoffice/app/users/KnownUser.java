package backoffice.app.users;

/**
 * An authorised user the console created or was given by id: what it knows of them (never a secret) and what it
 * last did. The API cannot list users, so this is all the console can show.
 */
public record KnownUser(String id, String name, String email, Status status) {

    /** What the console last did or learnt; the live API may differ (e.g. someone re-activated the user). */
    public enum Status { CREATED, INVITED, INVITE_CONSUMED, DEACTIVATED, ADDED_BY_ID }

    public KnownUser with(Status next) {
        return new KnownUser(id, name, email, next);
    }
}
