package backoffice.client.model;

import java.util.Objects;

/** {@code {type, id}} of a corporate or consumer. */
public record IdentityId(IdentityType type, String id) {

    public IdentityId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
