package backoffice.app.statements;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a save dialog for an export opens: the folder the agent last saved an export in (kept in the settings), else
 * the user's Documents folder, else the home folder; never the process's working directory.
 */
final class ExportFolder {

    private ExportFolder() {
    }

    /** {@code remembered}: the settings' last export folder, or null; used only while it is still a folder. */
    static Path initial(String remembered, Path home) {
        if (remembered != null && !remembered.isBlank()) {
            Path last = Path.of(remembered);
            if (Files.isDirectory(last)) {
                return last;
            }
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** The folder a chosen file is in, as the settings keep it (null when the file has none). */
    static String of(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? null : parent.toString();
    }
}
