package backoffice.sandbox.store;

import backoffice.client.model.DateOfBirth;
import backoffice.client.model.IdentityId;
import backoffice.client.model.Mobile;
import backoffice.client.model.User;

/**
 * An authorised (non-root) user of an identity: who they are, whether they may log in, and where their invitation
 * stands. Mutable fields change only under {@link SandboxState}'s monitor.
 */
public final class AuthorisedUser {

    /** Where the invitation e-mail stands: never sent, sent (valid a month), or followed (password set). */
    public enum Invite { NONE, SENT, CONSUMED }

    /** Facts given when the user is created. */
    public record Details(String name, String surname, String email, Mobile mobile, DateOfBirth dateOfBirth,
                          String tag) {
    }

    private final String id;
    private final IdentityId identity;
    private final String programmeId;
    private final Details details;
    private final long creationTimestamp;
    private volatile boolean active = true;
    private volatile Invite invite = Invite.NONE;

    public AuthorisedUser(String id, IdentityId identity, String programmeId, Details details, long created) {
        this.id = id;
        this.identity = identity;
        this.programmeId = programmeId;
        this.details = details;
        this.creationTimestamp = created;
    }

    public String id() {
        return id;
    }

    public String identityId() {
        return identity.id();
    }

    public String programmeId() {
        return programmeId;
    }

    public Details details() {
        return details;
    }

    public boolean active() {
        return active;
    }

    public Invite invite() {
        return invite;
    }

    void setActive(boolean value) {
        active = value;
    }

    void setInvite(Invite value) {
        invite = value;
    }

    /** The API's view of the user ({@code POST /users} answer). */
    public User toModel() {
        return new User(id, identity, details.name(), details.surname(), details.email(), details.mobile(),
                details.dateOfBirth(), details.tag(), active, creationTimestamp);
    }
}
