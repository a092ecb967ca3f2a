package backoffice.app.users;

import backoffice.app.Messages;

/**
 * An authorised user the console created, found as a card's holder, or was given by id: what it knows of them
 * (never a secret) and what it last did. The API cannot list users, so this is all the console can show.
 * {@code name} and {@code email} are null when not known; {@code note} says where the user came from (e.g. the
 * card they hold), null when created here.
 */
public record KnownUser(String id, String name, String email, Status status, String note) {

    /** What the console last did or learnt; the live API may differ (e.g. someone re-activated the user). */
    public enum Status { CREATED, INVITED, INVITE_CONSUMED, DEACTIVATED, ADDED_BY_ID, CARD_HOLDER }

    /** The label older versions stored for a user added by id: means "name not known". */
    private static final String OLD_NO_NAME = "(added by id)";

    public KnownUser with(Status next) {
        return new KnownUser(id, name, email, next, note);
    }

    /** The name, or null when the console was never told it. */
    public String knownName() {
        return name == null || name.isBlank() || name.equals(OLD_NO_NAME) ? null : name;
    }

    /** "Daniel Vella" or "id 1101… (name not known)": how dialogs and notices name the user. */
    public String label() {
        if (knownName() == null) {
            return Messages.get("users.labelNoName", id);
        }
        return email == null ? knownName() + " (id " + id + ")" : knownName() + " <" + email + ">";
    }

    /** One row of the list: name · e-mail · id · status, unknown parts said as such, and where it came from. */
    public String row() {
        String text = Messages.get("users.row", knownName() == null ? Messages.get("users.noName") : knownName(),
                email == null ? Messages.get("users.noEmail") : email, id,
                Messages.get("users.status." + (status == null ? Status.ADDED_BY_ID : status)));
        return note == null ? text : text + " \u00b7 " + note;
    }
}
