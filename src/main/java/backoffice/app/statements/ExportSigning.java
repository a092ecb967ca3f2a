package backoffice.app.statements;

import backoffice.credentials.CredentialStore;
import backoffice.credentials.SigningKeys;
import backoffice.export.ExportSigner;
import java.util.function.Supplier;

/**
 * This installation's export signer, loaded from the OS keychain on first use (off the FX thread), created there the
 * first time. Without a keychain, a key for this session only signs, and the agent is told that the fingerprint will
 * not be recognised after a restart.
 */
public final class ExportSigning {

    private final Supplier<CredentialStore> keychain;
    private volatile ExportSigner signer;
    private volatile boolean persistent;

    public ExportSigning(Supplier<CredentialStore> keychain) {
        this.keychain = keychain;
    }

    /** Blocks on the keychain the first time: call from background work only. */
    public synchronized ExportSigner signer() {
        if (signer == null) {
            try {
                signer = new ExportSigner(SigningKeys.loadOrCreate(keychain.get()));
                persistent = true;
            } catch (RuntimeException noKeychain) {
                System.getLogger("backoffice.app").log(System.Logger.Level.WARNING,
                        "No keychain for the export signing key; using a key for this session only: "
                                + noKeychain.getMessage());
                signer = new ExportSigner(SigningKeys.generate());
                persistent = false;
            }
        }
        return signer;
    }

    /** The fingerprint if the key was loaded already (never touches the keychain), else null. */
    public String knownFingerprint() {
        ExportSigner s = signer;
        return s == null ? null : s.fingerprint();
    }

    public boolean persistent() {
        return persistent;
    }
}
