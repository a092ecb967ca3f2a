package backoffice.credentials;

/** The keychain could not be used: none installed, locked, no Secret Service on the session bus, or it failed. */
public class CredentialStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
