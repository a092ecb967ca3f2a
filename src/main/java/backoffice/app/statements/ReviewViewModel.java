package backoffice.app.statements;

import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.export.ExportReview;
import backoffice.export.Manifest;
import backoffice.export.ReviewReport;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Offline review of an export: no network, no credentials. Opens a CSV, PDF or JSON export or its {@code .bocx}
 * manifest, shows the rows with search, type filter and totals, and says plainly whether the file is intact and
 * signed by which key, or exactly what does not match.
 */
public final class ReviewViewModel {

    private final ConsoleSession session;
    private final ExportSigning signing;
    private final StatementRows rows = new StatementRows();
    private final ReadOnlyObjectWrapper<ReviewReport.Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(Messages.get("review.nothingOpen"));
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");

    public ReviewViewModel(ConsoleSession session, ExportSigning signing) {
        this.session = session;
        this.signing = signing;
    }

    /** Asks for a file and opens it. */
    public void choose() {
        Optional<Path> chosen = session.dialogs().chooseFileToOpen(Messages.get("review.openTitle"),
                Messages.get("review.fileTypes"), "*" + Manifest.EXTENSION, "*.csv", "*.pdf", "*.json");
        chosen.ifPresent(this::open);
    }

    /** Reads and checks the export in the background. */
    public void open(Path path) {
        busy.set(true);
        file.set(path.toString());
        headline.set(Messages.get("review.checking", path.getFileName()));
        BackgroundTask.of(p -> ExportReview.open(path))
                .onSuccess(this::show)
                .onFailure(e -> headline.set(Messages.get("review.failed", e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(session.runner());
    }

    private void show(ReviewReport report) {
        rows.setAll(report.rows());
        findings.setAll(report.findings());
        verdict.set(report.verdict());
        file.set(report.file().toString());
        Manifest m = report.manifest();
        String fp = report.fingerprint();
        String own = signing.knownFingerprint();
        String whose = fp == null ? "" : fp.equals(own) ? Messages.get("review.ownKey") : "";
        headline.set(switch (report.verdict()) {
            case INTACT -> Messages.get("review.intact", fp, whose);
            case ALTERED -> Messages.get("review.altered", report.findings().size());
            case UNSIGNED -> Messages.get("review.unsigned");
            case UNREADABLE -> Messages.get("review.unreadable");
        });
        details.set(m == null ? "" : Messages.get("review.details", m.instrument().name(), m.instrument().id(),
                m.identity().type(), m.identity().id(), m.exportedBy(), m.exportedAt(), m.environment(),
                m.rowCount(), m.filters().toString(), fp == null ? "—" : fp));
        session.audit().record("REVIEW_EXPORT", report.file().getFileName().toString(), report.verdict().name(), null,
                fp == null ? "" : "key " + fp);
    }

    public StatementRows rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ReviewReport.Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }
}
