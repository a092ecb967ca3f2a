package backoffice.app.statements;

import backoffice.app.command.Operation;
import backoffice.app.command.Outcome;
import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.export.ExportReview;
import backoffice.export.Manifest;
import backoffice.export.ReviewReport;
import backoffice.export.TrustedKeys;
import java.nio.file.Files;
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
 * signed by which trusted key, or exactly what does not match. Trust is never taken from the file: only this
 * installation's key and the keys the agent or an administrator chose ({@link KeyTrust}) make an export intact.
 */
public final class ReviewViewModel {

    private final ConsoleSession session;
    private final ExportSigning signing;
    private final KeyTrust trust;
    private final StatementRows rows = new StatementRows();
    private final ReadOnlyObjectWrapper<ReviewReport.Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(Messages.get("review.nothingOpen"));
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper incomplete = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final ObservableList<String> trustedKeys = FXCollections.observableArrayList();
    private ReviewReport last;

    public ReviewViewModel(ConsoleSession session, ExportSigning signing, KeyTrust trust) {
        this.session = session;
        this.signing = signing;
        this.trust = trust;
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
        BackgroundTask.of(p -> {
            TrustedKeys keys = trust.load(signing.signer());
            return new Checked(ExportReview.open(path, keys), keys);
        })
                .onSuccess(this::show)
                .onFailure(e -> headline.set(Messages.get("review.failed", e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(session.runner());
    }

    /**
     * Trusts the key that signed the open export, after the agent confirms its fingerprint and names its owner; the
     * export is then checked again.
     */
    public void trustSigner() {
        ReviewReport r = last;
        if (r == null || r.verdict() != ReviewReport.Verdict.UNKNOWN_SIGNER) {
            return;
        }
        confirmAndTrust(r.manifest().signer().publicKey(), r.fingerprint(), r.manifest().exportedBy());
    }

    /** Trusts a colleague's key read from their export's manifest or a public-key file, after confirmation. */
    public void importKey() {
        Optional<Path> chosen = session.dialogs().chooseFileToOpen(Messages.get("review.importTitle"),
                Messages.get("review.keyFileTypes"), "*" + Manifest.EXTENSION, "*.pub", "*.txt");
        chosen.ifPresent(path -> BackgroundTask.of(p -> TrustedKeys.publicKeyIn(Files.readAllBytes(path)))
                .onSuccess(key -> key.ifPresentOrElse(k -> confirmAndTrust(k,
                        TrustedKeys.fingerprintOf(k).orElseThrow(), ""), () -> noKeyIn(path)))
                .onFailure(e -> session.dialogs().showError(Messages.get("review.importTitle"),
                        ErrorPresenter.present(Messages.get("review.importAction"), e)))
                .runWith(session.runner()));
    }

    private void noKeyIn(Path path) {
        session.dialogs().showError(Messages.get("review.importTitle"), new ErrorReport(
                Messages.get("review.noKeyIn", path.getFileName()), null, null, null, null,
                ErrorReport.Kind.INPUT));
    }

    private void confirmAndTrust(String publicKey, String fingerprint, String suggested) {
        Optional<String> owner = session.dialogs().askText(Messages.get("review.trustTitle"),
                Messages.get("review.trustQuestion", fingerprint), suggested == null ? "" : suggested);
        if (owner.isEmpty()) {
            return;
        }
        String label = owner.get().isBlank() ? Messages.get("review.colleague") : owner.get().strip();
        BackgroundTask.of(p -> trust.trust(publicKey, label)).onSuccess(k -> {
            session.audit().record(Operation.TRUST_KEY, k.fingerprint(), Outcome.OK, null, label);
            session.notifier().info(Messages.get("review.trusted", label, k.fingerprint()));
            if (last != null) {
                open(last.manifestFile() != null ? last.manifestFile() : last.file());
            }
        }).onFailure(e -> session.dialogs().showError(Messages.get("review.trustTitle"),
                ErrorPresenter.present(Messages.get("review.trustAction"), e))).runWith(session.runner());
    }

    private record Checked(ReviewReport report, TrustedKeys keys) {
    }

    private void show(Checked checked) {
        ReviewReport report = checked.report();
        last = report;
        trustedKeys.setAll(checked.keys().all().stream().map(k -> Messages.get("review.trustedKey", k.label(),
                k.fingerprint(), k.source())).toList());
        trustedKeys.addAll(checked.keys().problems());
        rows.setAll(report.rows());
        findings.setAll(report.findings());
        verdict.set(report.verdict());
        file.set(report.file().toString());
        Manifest m = report.manifest();
        String fp = report.fingerprint();
        headline.set(switch (report.verdict()) {
            case INTACT -> Messages.get("review.intact", report.trustedSigner().label(), fp);
            case UNKNOWN_SIGNER -> Messages.get("review.unknownSigner", fp);
            case ALTERED -> Messages.get("review.altered", report.findings().size());
            case UNSIGNED -> Messages.get("review.unsigned");
            case UNREADABLE -> Messages.get("review.unreadable");
        });
        details.set(m == null ? "" : Messages.get("review.details", m.instrument().name(), m.instrument().id(),
                m.identity().type(), m.identity().id(), m.exportedBy(), m.exportedAt(), m.environment(),
                m.rowCount(), m.filters().toString(), fp == null ? "—" : fp));
        String shortLoad = m == null ? null : m.filters().get("incomplete");
        incomplete.set(shortLoad == null ? "" : Messages.get("review.incomplete", shortLoad));
        session.audit().record(Operation.REVIEW_EXPORT.name(), report.file().getFileName().toString(),
                report.verdict().name(), null, fp == null ? "" : "key " + fp);
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

    /** Empty unless the export's signed manifest says it is of an incomplete load; then what was missing. */
    public ReadOnlyStringProperty incompleteProperty() {
        return incomplete.getReadOnlyProperty();
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

    /** The trusted keys, one line each (owner, fingerprint, where the trust comes from), as of the last check. */
    public ObservableList<String> trustedKeys() {
        return trustedKeys;
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }
}
