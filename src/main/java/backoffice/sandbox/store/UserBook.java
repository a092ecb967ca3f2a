package backoffice.sandbox.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The authorised users of every identity, by id; the API keeps them per identity and never lists them. */
public final class UserBook {

    private final Map<String, AuthorisedUser> users = new ConcurrentHashMap<>();

    AuthorisedUser add(AuthorisedUser user) {
        users.put(user.id(), user);
        return user;
    }

    public Optional<AuthorisedUser> user(String id) {
        return Optional.ofNullable(id == null ? null : users.get(id));
    }

    /** An identity's users, oldest first (the admin face lists them for tests; the API cannot). */
    public List<AuthorisedUser> of(String identityId) {
        return users.values().stream().filter(u -> u.identityId().equals(identityId))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** Whether a user of the programme already has this e-mail (compared without case). */
    public boolean emailTaken(String programmeId, String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return users.values().stream().anyMatch(u -> u.programmeId().equals(programmeId)
                && u.details().email() != null && u.details().email().toLowerCase(Locale.ROOT).equals(wanted));
    }

    void clear() {
        users.clear();
    }
}
