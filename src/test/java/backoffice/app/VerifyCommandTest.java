package backoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.credentials.SigningKeys;
import backoffice.export.ExportContext;
import backoffice.export.ExportFormat;
import backoffice.export.ExportSigner;
import backoffice.export.Progress;
import backoffice.export.StatementExporter;
import backoffice.export.StatementLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify} as an auditor's script runs it: a separate JVM through the real entry point, no display, real
 * files; one verdict line per file and the worst verdict's exit code.
 */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private final ExportSigner team = new ExportSigner(SigningKeys.generate());
    private final ExportSigner stranger = new ExportSigner(SigningKeys.generate());
    private Path intact;
    private Path unknown;
    private Path altered;
    private Path unsigned;
    private Path unreadable;

    private record Run(int exit, String out, String classes) {
    }

    @BeforeEach
    void files() throws Exception {
        intact = export(team, "intact.csv");
        unknown = export(stranger, "unknown.json");
        altered = export(team, "altered.csv");
        Files.writeString(altered, Files.readString(altered).replace("Coffee", "Coffea"));
        unsigned = export(team, "unsigned.csv");
        Files.delete(StatementExporter.manifestFor(unsigned));
        unreadable = Files.writeString(dir.resolve("notes.txt"), "not an export");
        Files.writeString(dir.resolve("team-keys.txt"), "# auditors' list\ned25519 " + team.publicKey()
                + " Treasury desk\n");
    }

    private Path export(ExportSigner signer, String name) throws Exception {
        List<StatementLine> rows = List.of(
                new StatementLine(1_790_000_000_000L, "DEPOSIT", "1", "COMPLETED", "Deposit — €", "EUR", 10_000, 110,
                        9_890),
                new StatementLine(1_790_000_100_000L, "SETTLEMENT", "2", "COMPLETED", "Coffee", "EUR", -450, 0,
                        9_440));
        ExportContext ctx = new ExportContext("agent@desk", 1_795_000_000_000L, "Embedded sandbox", "CORPORATE", "1",
                "managed_accounts", "2", "Main", "EUR", Map.of());
        return new StatementExporter(signer).export(rows, ExportFormat.ofFileName(name).orElseThrow(),
                dir.resolve(name), ctx, Progress.NONE).file();
    }

    private Run verify(Path... files) throws Exception {
        Path classes = dir.resolve("classes-" + System.nanoTime() + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dbackoffice.home=" + dir.resolve("home"),
                "-Dbackoffice.teamKeys=" + dir.resolve("team-keys.txt"), "-Xlog:class+load=info:file=" + classes,
                Launcher.class.getName(), "--verify"));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(classes));
    }

    @Test
    void anIntactExportSignedByATeamKeyExitsZeroWithoutADisplay() throws Exception {
        Run r = verify(intact, StatementExporter.manifestFor(intact));
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("INTACT "))).hasSize(2)
                .allMatch(l -> l.contains("Treasury desk") && l.contains(team.fingerprint()));
        assertThat(r.classes()).as("the JavaFX toolkit is never loaded").doesNotContain("javafx.application",
                "com.sun.javafx");
    }

    @Test
    void eachVerdictHasItsOwnExitCode() throws Exception {
        assertThat(verify(unknown).exit()).isEqualTo(2);
        assertThat(verify(unsigned).exit()).isEqualTo(3);
        assertThat(verify(unreadable).exit()).isEqualTo(4);
        assertThat(verify(altered).exit()).isEqualTo(5);
    }

    @Test
    void severalFilesPrintOneLineEachAndExitWithTheWorst() throws Exception {
        Run r = verify(intact, unknown, unsigned);
        assertThat(r.exit()).isEqualTo(3);
        List<String> verdicts = r.out().lines().filter(l -> l.matches("^[A-Z_]+ /.*")).toList();
        assertThat(verdicts).hasSize(3);
        assertThat(verdicts.get(0)).startsWith("INTACT " + intact);
        assertThat(verdicts.get(1)).startsWith("UNKNOWN_SIGNER " + unknown).contains(stranger.fingerprint());
        assertThat(verdicts.get(2)).startsWith("UNSIGNED " + unsigned);
        assertThat(verify(intact, altered, unreadable).exit()).isEqualTo(5);
        assertThat(verify().exit()).as("no file given").isEqualTo(VerifyCommand.USAGE);
    }
}
