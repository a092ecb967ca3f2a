package backoffice.credentials;

import java.util.Optional;

/**
 * Where secrets (the api-key of a non-embedded environment) live. Implementations: the OS keychain, or memory for
 * a session when no keychain is available. There is deliberately no file-backed implementation.
 */
public interface CredentialStore {

    /** Whether secrets survive a restart of the console. */
    boolean isPersistent();

    /** A short name for the agent, e.g. "OS keychain (Secret Service)" or "this session only". */
    String describe();

    /** @throws CredentialStoreException when the store cannot be read (keychain locked, gone, ...) */
    Optional<String> read(String account);

    void write(String account, String secret);

    void delete(String account);
}
