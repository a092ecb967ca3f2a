package backoffice.sandbox.store;

import backoffice.client.model.IdentityType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A corporate or consumer of a programme, with the ids of its authorised (non-root) users. */
public final class Identity {

    private final String id;
    private final IdentityType type;
    private final String name;
    private final String email;
    private final String baseCurrency;
    private final String profileId;
    private final String programmeId;
    private final Set<String> userIds = ConcurrentHashMap.newKeySet();

    public Identity(String id, IdentityType type, String name, String email, String baseCurrency, String profileId,
                    String programmeId) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.email = email;
        this.baseCurrency = baseCurrency;
        this.profileId = profileId;
        this.programmeId = programmeId;
    }

    public String id() {
        return id;
    }

    public IdentityType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    public String profileId() {
        return profileId;
    }

    public String programmeId() {
        return programmeId;
    }

    public Set<String> userIds() {
        return userIds;
    }
}
