package backoffice.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.9: the journal and log files were world-readable (their folders were made with the umask's rwxr-xr-x)
 * while exports were owner-only. The data, state (logs) and config folders are now created owner-only, and
 * existing ones are tightened. Real folders; skipped where the file system has no POSIX permissions.
 */
class AppDirsPermissionsTest {

    @TempDir
    Path home;

    @BeforeEach
    void posixOnly() throws Exception {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView(PosixFileAttributeView.class),
                "no POSIX permissions on this file system");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void newFoldersAreCreatedOwnerOnly() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-x---"));
        AppDirs dirs = AppDirs.detect("Linux", home.toString(), Map.of(), null);
        dirs.createOwnerOnly();
        for (Path p : List.of(dirs.config(), dirs.data(), dirs.logs(), dirs.logs().getParent())) {
            assertThat(perms(p)).as(p.toString()).isEqualTo("rwx------");
        }
        assertThat(perms(home)).as("the user's own folders above are left as they are").isEqualTo("rwxr-x---");
    }

    @Test
    void existingWorldReadableFoldersAreTightened() throws Exception {
        AppDirs dirs = AppDirs.detect("Linux", home.toString(), Map.of(), null);
        for (Path p : List.of(dirs.config(), dirs.data(), dirs.logs())) {
            Files.createDirectories(p);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(dirs.logs().getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(dirs.journalFile(), "{}\n");
        dirs.createOwnerOnly();
        for (Path p : List.of(dirs.config(), dirs.data(), dirs.logs(), dirs.logs().getParent())) {
            assertThat(perms(p)).as(p.toString()).isEqualTo("rwx------");
        }
        assertThat(Files.readString(dirs.journalFile())).as("contents untouched").isEqualTo("{}\n");
    }

    @Test
    void thePortableLayoutIsOwnerOnlyToo() throws Exception {
        AppDirs dirs = AppDirs.detect("Linux", "/unused", Map.of(), home.resolve("portable").toString());
        dirs.createOwnerOnly();
        for (Path p : List.of(dirs.config(), dirs.data(), dirs.logs())) {
            assertThat(perms(p)).as(p.toString()).isEqualTo("rwx------");
        }
    }
}
