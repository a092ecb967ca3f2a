package backoffice.app.statements;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.command.Command;
import backoffice.app.command.Operation;
import backoffice.app.ui.ErrorReport;
import backoffice.client.model.InstrumentId;
import backoffice.client.statements.StatementDocument;
import backoffice.client.statements.StatementFormat;
import backoffice.client.statements.StatementQuery;
import backoffice.export.AtomicFiles;
import backoffice.export.ExportContext;
import backoffice.export.ExportFormat;
import backoffice.export.ExportResult;
import backoffice.export.Progress;
import backoffice.export.StatementExporter;
import backoffice.export.StatementLine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The two ways a statement on screen leaves the console: the rows shown exported to CSV, PDF or JSON (signed, with
 * progress and cancel), or the server's own CSV/PDF of the same query saved byte for byte. One {@link Command}, so
 * one of them at a time; each is journaled.
 */
public final class StatementExportViewModel {

    /** What an export takes of the statement on screen (the rows shown, with the search and type filter applied). */
    public record Shown(InstrumentId instrument, StatementQuery query, Impersonation who, String name,
                        Map<String, String> filters, String period, String footer, List<StatementLine> rows) {
    }

    // ---- dependencies
    private final ConsoleSession session;
    private final ExportSigning signing;
    private final Clock clock;
    private final Supplier<Shown> shown;
    private final Consumer<String> status;

    // ---- properties
    private final Command command;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");

    /**
     * {@code shown}: the statement on screen, or null while there is none (or it is still loading); {@code status}:
     * where the pane's status line takes the progress and outcome sentences.
     */
    public StatementExportViewModel(ConsoleSession session, ExportSigning signing, Clock clock, Supplier<Shown> shown,
                                    Consumer<String> status) {
        this.session = session;
        this.signing = signing;
        this.clock = clock;
        this.shown = shown;
        this.status = status;
        this.command = new Command(session);
        command.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                progress.unbind();
                progress.set(-1);
            }
        });
    }

    // ---- commands

    /** Exports the rows shown to a file the agent chooses, signed. */
    public void export(ExportFormat format) {
        Shown what = shown.get();
        if (what == null || what.rows().isEmpty() || command.runningProperty().get()) {
            return;
        }
        Optional<Path> target = chooseFile(Messages.get("statements.exportTitle"),
                suggestedName(what, format.extension()), format.name(), format.extension());
        if (target.isEmpty()) {
            return;
        }
        List<StatementLine> rows = what.rows();
        ExportContext ctx = new ExportContext(ExportContext.currentUser(), clock.millis(),
                session.environmentLabel(), what.who().identity().type().name(), what.who().identity().id(),
                what.instrument().type().wire(), what.instrument().id(), what.name(), rows.get(0).currency(),
                what.filters(), what.footer());
        status.accept(Messages.get("statements.exporting", format.name(), rows.size()));
        command.inBackground(Messages.get("statements.exportAction"), p -> new StatementExporter(signing.signer())
                        .export(rows, format, target.get(), ctx, new Progress() {
                            @Override
                            public void update(long done, long total) {
                                p.update(done, total);
                            }

                            @Override
                            public boolean cancelled() {
                                return p.isCancelled();
                            }
                        }))
                .journal(Operation.EXPORT_STATEMENT, what.instrument().id(), format.name())
                .detailOnSuccess((ExportResult r) -> format.name() + " " + rows.size() + " rows -> "
                        + r.file().getFileName() + " key " + r.fingerprint())
                .onSuccess(this::exported)
                .onCancelled(() -> status.accept(Messages.get("statements.exportCancelled")))
                .execute();
        showProgress();
    }

    /** Saves the server's own CSV or PDF of the same query, byte for byte (not signed: it is the server's). */
    public void saveServerDocument(StatementFormat format) {
        Shown what = shown.get();
        if (what == null || command.runningProperty().get()) {
            return;
        }
        Optional<Path> target = chooseFile(Messages.get("statements.saveServerTitle"),
                suggestedName(what, "server." + format.extension()), format.name(), format.extension());
        if (target.isEmpty()) {
            return;
        }
        String file = target.get().getFileName().toString();
        Path folder = target.get().toAbsolutePath().getParent();
        status.accept(Messages.get("statements.downloading", format.name()));
        command.inBackground(Messages.get("statements.saveServerAction"), p -> {
            StatementDocument doc = what.who().client().statements().document(what.instrument(), what.query(),
                    format);
            AtomicFiles.write(target.get(), out -> out.write(doc.bytes()));
            return doc;
        })
                .journal(Operation.SAVE_SERVER_STATEMENT, what.instrument().id(), format.name())
                .requestRef(StatementDocument::requestRef)
                .detailOnSuccess(doc -> ServerDocumentCoverage.journal(doc, file, format.name()))
                .onSuccess(doc -> saved(doc, file, folder, format))
                .execute();
    }

    /** Stops a running export (the file is not written). */
    public void cancel() {
        command.cancel();
    }

    /**
     * "statement-&lt;id&gt;-&lt;from&gt;_&lt;to&gt;.&lt;extension&gt;", the period the rows cover (e.g.
     * statement-110170049121026015-2026-11-01_2026-11-30.csv): the name offered in the save dialog.
     */
    static String suggestedName(Shown what, String extension) {
        return "statement-" + what.instrument().id() + "-" + what.period() + "." + extension;
    }

    // ---- helpers

    /**
     * The save dialog, opening where the agent last saved an export (else Documents, else home); the folder chosen is
     * remembered for the next one.
     */
    private Optional<Path> chooseFile(String title, String name, String description, String extension) {
        Path folder = ExportFolder.initial(session.settings().exportFolder(), Path.of(System.getProperty("user.home")));
        Optional<Path> target = session.dialogs().chooseFileToSave(title, name, description, "*." + extension, folder);
        target.map(ExportFolder::of).filter(f -> !f.equals(session.settings().exportFolder()))
                .ifPresent(f -> session.updateSettings(s -> s.withExportFolder(f)));
        return target;
    }

    private void exported(ExportResult r) {
        fingerprint.set(r.fingerprint());
        // the folder too: "Where did it go?" on a call, and the save dialog's folder is not always the last one
        String done = Messages.get("statements.exported", r.file().getFileName(), r.manifestFile().getFileName(),
                r.fingerprint(), r.file().toAbsolutePath().getParent());
        status.accept(done);
        session.notifier().info(done);
        if (!signing.persistent()) {
            session.notifier().warn(Messages.get("statements.sessionKey"));
        }
    }

    private void saved(StatementDocument doc, String file, Path folder, StatementFormat format) {
        String done = ServerDocumentCoverage.sentence(doc, file, folder, format.name());
        status.accept(done);
        if (doc.coverage() == StatementDocument.Coverage.WHOLE) {
            session.notifier().info(done);
        } else {
            session.notifier().warn(done);
        }
    }

    /** Follows the export's progress while it runs (a synchronous runner has finished it already). */
    private void showProgress() {
        if (command.runningProperty().get() && command.task() != null) {
            progress.bind(command.task().progressProperty());
        }
    }

    // ---- accessors

    public Command command() {
        return command;
    }

    /** True while an export or a download runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return command.runningProperty();
    }

    /** The running export's progress 0..1, or -1 (unknown, or none running). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return command.errorProperty();
    }

    /** The fingerprint of the key the last export was signed with. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }
}
