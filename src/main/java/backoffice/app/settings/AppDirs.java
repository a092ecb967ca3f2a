package backoffice.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * OS-conventional per-user places: configuration (settings; never a secret), data (the audit journal, exports'
 * defaults) and logs. Linux follows XDG, macOS ~/Library, Windows %APPDATA%/%LOCALAPPDATA%. The system property
 * {@code backoffice.home} puts all three under one folder (tests, portable use). All three are owner-only.
 */
public record AppDirs(Path config, Path data, Path logs) {

    public static final String APP = "weavr-backoffice-console";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    public static AppDirs detect() {
        return detect(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv(),
                System.getProperty("backoffice.home"));
    }

    static AppDirs detect(String osName, String home, Map<String, String> env, String override) {
        if (override != null && !override.isBlank()) {
            Path root = Path.of(override);
            return new AppDirs(root.resolve("config"), root.resolve("data"), root.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path h = Path.of(home);
        if (os.contains("win")) {
            Path roaming = Path.of(env.getOrDefault("APPDATA", h.resolve("AppData/Roaming").toString()));
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", h.resolve("AppData/Local").toString()));
            return new AppDirs(roaming.resolve(APP), local.resolve(APP).resolve("data"),
                    local.resolve(APP).resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = h.resolve("Library/Application Support").resolve(APP);
            return new AppDirs(support, support, h.resolve("Library/Logs").resolve(APP));
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", h.resolve(".config"));
        Path data = xdg(env, "XDG_DATA_HOME", h.resolve(".local/share"));
        Path state = xdg(env, "XDG_STATE_HOME", h.resolve(".local/state"));
        return new AppDirs(config.resolve(APP), data.resolve(APP), state.resolve(APP).resolve("logs"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }

    /**
     * Creates the configuration, data and log folders owner-only ({@code rwx------}) and tightens them (and this
     * app's own folder above the logs, on Linux) when they already exist with more: the journal and logs must not be
     * readable by other users. On a file system without POSIX permissions (Windows) the folders are only created.
     */
    public void createOwnerOnly() throws IOException {
        for (Path dir : List.of(config, data, logs)) {
            boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView(
                    PosixFileAttributeView.class);
            if (!posix) {
                Files.createDirectories(dir);
                continue;
            }
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
            Path parent = dir.getParent();
            if (parent != null && parent.getFileName() != null && APP.equals(parent.getFileName().toString())) {
                Files.setPosixFilePermissions(parent, OWNER_ONLY);
            }
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir.toAbsolutePath().getRoot() : p;
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    public Path journalFile() {
        return data.resolve("journal.jsonl");
    }
}
