package backoffice.export;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs manifests with this installation's Ed25519 key pair and checks signatures made by any key. The fingerprint
 * of a key is {@code SHA256:} + the unpadded Base64 of the SHA-256 of its X.509 encoding (as OpenSSH shows keys).
 */
public final class ExportSigner {

    public static final String ALGORITHM = "Ed25519";

    private final KeyPair keys;

    public ExportSigner(KeyPair keys) {
        this.keys = keys;
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String fingerprint() {
        return fingerprint(keys.getPublic().getEncoded());
    }

    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(keys.getPrivate());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
        }
    }

    public static String fingerprint(byte[] x509PublicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(x509PublicKey);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is a valid signature of {@code data} by the Base64 X.509 {@code publicKey}. */
    public static boolean verify(String publicKey, byte[] data, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
