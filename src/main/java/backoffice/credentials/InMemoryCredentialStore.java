package backoffice.credentials;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Session-only secrets: kept in memory, gone when the console closes. Offered when no keychain is available. */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public boolean isPersistent() {
        return false;
    }

    @Override
    public String describe() {
        return "this session only (not saved)";
    }

    @Override
    public Optional<String> read(String account) {
        return Optional.ofNullable(secrets.get(account));
    }

    @Override
    public void write(String account, String secret) {
        secrets.put(account, secret);
    }

    @Override
    public void delete(String account) {
        secrets.remove(account);
    }
}
