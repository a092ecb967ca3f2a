package backoffice.credentials;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * This installation's export-signing key pair (Ed25519). The private key lives only in a {@link CredentialStore}
 * (the OS keychain), never in a file; it is created on first use.
 */
public final class SigningKeys {

    /** The keychain account the pair is stored under. */
    public static final String ACCOUNT = "export-signing-key";
    private static final String PREFIX = "ed25519:";

    private SigningKeys() {
    }

    /** The stored pair, if there is one (nothing is created). */
    public static Optional<KeyPair> load(CredentialStore store) {
        return store.read(ACCOUNT).map(SigningKeys::decode);
    }

    /** The stored pair, or a new one stored now. */
    public static KeyPair loadOrCreate(CredentialStore store) {
        Optional<String> stored = store.read(ACCOUNT);
        if (stored.isPresent()) {
            KeyPair pair = decode(stored.get());
            if (pair != null) {
                return pair;
            }
        }
        KeyPair pair = generate();
        store.write(ACCOUNT, encode(pair));
        return pair;
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this Java runtime", e);
        }
    }

    static String encode(KeyPair pair) {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + b64.encodeToString(pair.getPrivate().getEncoded()) + ":"
                + b64.encodeToString(pair.getPublic().getEncoded());
    }

    /** The pair, or null when the stored text is not one (it is then replaced). */
    static KeyPair decode(String text) {
        if (!text.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = text.substring(PREFIX.length()).split(":");
        if (parts.length != 2) {
            return null;
        }
        try {
            KeyFactory f = KeyFactory.getInstance("Ed25519");
            return new KeyPair(f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1]))),
                    f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0]))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
