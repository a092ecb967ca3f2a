package backoffice.credentials;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The OS keychain through java-keyring: Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows. Every call is wrapped: the library reports a locked keyring or a missing prompter as a bare
 * RuntimeException (even a NullPointerException), which becomes a {@link CredentialStoreException}.
 */
public final class KeyringCredentialStore implements CredentialStore {

    public static final String SERVICE = "weavr-backoffice-console";

    private final Keyring keyring;
    private final String service;

    private KeyringCredentialStore(Keyring keyring, String service) {
        this.keyring = keyring;
        this.service = service;
    }

    /** Opens the OS keychain; throws {@link CredentialStoreException} when there is none usable. */
    public static KeyringCredentialStore open(String service) {
        try {
            return new KeyringCredentialStore(Keyring.create(), service);
        } catch (Exception | LinkageError e) {
            throw new CredentialStoreException("No OS keychain is available (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    @Override
    public boolean isPersistent() {
        return true;
    }

    @Override
    public String describe() {
        return "OS keychain (" + keyring.getKeyringStorageType() + ")";
    }

    @Override
    public Optional<String> read(String account) {
        try {
            return Optional.ofNullable(keyring.getPassword(service, account));
        } catch (PasswordAccessException notThere) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw unavailable("read", e);
        }
    }

    @Override
    public void write(String account, String secret) {
        try {
            keyring.setPassword(service, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw unavailable("save", e);
        }
    }

    @Override
    public void delete(String account) {
        try {
            keyring.deletePassword(service, account);
        } catch (PasswordAccessException notThere) {
            // already gone: deleting is idempotent
        } catch (RuntimeException e) {
            throw unavailable("delete", e);
        }
    }

    private static CredentialStoreException unavailable(String what, Exception e) {
        return new CredentialStoreException("The OS keychain could not " + what + " the secret ("
                + e.getClass().getSimpleName() + ")", e);
    }
}
