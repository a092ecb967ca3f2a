package backoffice.app.statements;

import backoffice.export.AtomicFiles;
import backoffice.export.ExportSigner;
import backoffice.export.TrustedKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the review's trust comes from: this installation's key, the keys the agent chose to trust (kept in
 * {@code <config>/trusted-keys.txt}, written by the console) and the team key list an administrator installs
 * ({@code <config>/team-keys.txt}, or the file named by the system property {@code backoffice.teamKeys}). Both files
 * hold {@code ed25519 <Base64 public key> <label>} lines. No JavaFX: {@code --verify} uses it too.
 */
public final class KeyTrust {

    /** System property naming a team key list file (for administrators; replaces {@code team-keys.txt}). */
    public static final String TEAM_PROPERTY = "backoffice.teamKeys";

    private final Path config;

    public KeyTrust(Path config) {
        this.config = config;
    }

    public Path agentFile() {
        return config.resolve("trusted-keys.txt");
    }

    public Path teamFile() {
        String named = System.getProperty(TEAM_PROPERTY);
        return named == null || named.isBlank() ? config.resolve("team-keys.txt") : Path.of(named);
    }

    /** Reads the key files (blocking: call off the FX thread); {@code own} may be null when there is no own key. */
    public TrustedKeys load(ExportSigner own) {
        TrustedKeys keys = new TrustedKeys();
        if (own != null) {
            keys.add(own.publicKey(), "this installation", "keychain");
        }
        return keys.addFile(agentFile()).addFile(teamFile());
    }

    /** Adds a key to the agent's list (the whole file rewritten atomically, owner-only where the OS allows). */
    public TrustedKeys.Key trust(String publicKey, String label) throws IOException {
        TrustedKeys.Key key = new TrustedKeys().add(publicKey, label, agentFile().toString())
                .orElseThrow(() -> new IOException("This is not an Ed25519 public key."));
        Files.createDirectories(config);
        String before = Files.isRegularFile(agentFile()) ? Files.readString(agentFile(), StandardCharsets.UTF_8)
                : "# Export-signing keys this agent trusts: ed25519 <Base64 public key> <label>\n";
        String text = (before.isEmpty() || before.endsWith("\n") ? before : before + "\n") + key.line() + "\n";
        AtomicFiles.write(agentFile(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return key;
    }
}
