package backoffice.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The export-signing keys the offline review trusts, by fingerprint: this installation's key plus keys the agent or an
 * administrator chose to trust. A key list file has one key a line, {@code ed25519 <Base64 X.509 public key> <label>},
 * blank lines and lines starting with {@code #} ignored; a line that is not a key is reported, never silently dropped.
 */
public final class TrustedKeys {

    /** The first word of every key line. */
    public static final String KIND = "ed25519";

    /** One trusted key: its Base64 X.509 encoding, its fingerprint, who it is and where the trust came from. */
    public record Key(String publicKey, String fingerprint, String label, String source) {

        /** The key as one line of a key list file. */
        public String line() {
            return KIND + " " + publicKey + " " + label.replaceAll("[\\r\\n]+", " ").trim();
        }
    }

    private final Map<String, Key> byFingerprint = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Trusts {@code publicKey} (Base64 X.509); returns the key, or empty when it is not an Ed25519 public key. */
    public Optional<Key> add(String publicKey, String label, String source) {
        Optional<String> fp = fingerprintOf(publicKey);
        fp.ifPresent(f -> byFingerprint.putIfAbsent(f, new Key(publicKey.trim(), f, label, source)));
        return fp.map(byFingerprint::get);
    }

    /** The trusted key with this fingerprint, if any. */
    public Optional<Key> find(String fingerprint) {
        return Optional.ofNullable(fingerprint == null ? null : byFingerprint.get(fingerprint));
    }

    public List<Key> all() {
        return List.copyOf(byFingerprint.values());
    }

    /** Lines of key list files that could not be read, each as a sentence. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Adds every key of a key list file; a missing file adds nothing, a bad line is recorded in {@link #problems}. */
    public TrustedKeys addFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return this;
        }
        try {
            addLines(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException | RuntimeException e) {
            problems.add("The key list " + file + " cannot be read: " + e.getMessage());
        }
        return this;
    }

    /** Adds the keys of a key list's text; {@code source} names it in problems and in each key. */
    public TrustedKeys addLines(String text, String source) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 2 || !parts[0].equalsIgnoreCase(KIND)
                    || add(parts[1], parts.length > 2 ? parts[2] : "", source).isEmpty()) {
                problems.add(source + " line " + (i + 1) + " is not '" + KIND + " <Base64 public key> <label>'.");
            }
        }
        return this;
    }

    /** The fingerprint of a Base64 X.509 Ed25519 public key whose Base64 round-trips exactly, else empty. */
    public static Optional<String> fingerprintOf(String publicKey) {
        if (publicKey == null) {
            return Optional.empty();
        }
        String text = publicKey.trim();
        try {
            byte[] der = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().encodeToString(der).equals(text)) {
                return Optional.empty();
            }
            KeyFactory.getInstance(ExportSigner.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(der));
            return Optional.of(ExportSigner.fingerprint(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** The public key in a colleague's file: a key list line, a bare Base64 key, or an export's {@code .bocx}. */
    public static Optional<String> publicKeyIn(byte[] file) {
        try {
            return Optional.of(SignedManifest.read(file).manifest().signer().publicKey())
                    .filter(k -> fingerprintOf(k).isPresent());
        } catch (IOException | RuntimeException notAManifest) {
            TrustedKeys one = new TrustedKeys().addLines(new String(file, StandardCharsets.UTF_8), "file");
            if (one.all().size() == 1) {
                return Optional.of(one.all().get(0).publicKey());
            }
            String bare = new String(file, StandardCharsets.UTF_8).strip();
            return fingerprintOf(bare).map(f -> bare);
        }
    }
}
