package backoffice.app.bulks;

import backoffice.app.command.MoneyAction;
import backoffice.app.command.MoneyForm;
import backoffice.app.command.Operation;
import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.Ids;
import backoffice.client.model.BulkItem;
import backoffice.client.model.BulkSubmitted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Submits a bulk from a CSV file: reads the file in the background, checks every row (listing the wrong ones),
 * and only when all are right lets the agent confirm; the submission then carries an idempotency-ref fixed at
 * confirmation, so "try again" after a lost answer can never create the bulk twice.
 */
public final class BulkSubmitViewModel implements MoneyForm {


    private final ConsoleSession session;
    private final ObjectProperty<BulkCsv.Kind> kind = new SimpleObjectProperty<>(BulkCsv.Kind.TRANSFERS);
    private final StringProperty profileId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ObservableList<String> rowErrors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final MoneyAction<List<BulkItem>, BulkSubmitted> action;
    private final BooleanBinding canSubmit;
    private final ObjectProperty<BulkCsv.Parsed> parsed = new SimpleObjectProperty<>();
    private String text;

    public BulkSubmitViewModel(ConsoleSession session, Consumer<BulkSubmitted> onSubmitted) {
        this.session = session;
        action = new MoneyAction<List<BulkItem>, BulkSubmitted>(session, (client, items, options) -> kind.get()
                == BulkCsv.Kind.TRANSFERS
                ? client.bulks().submitTransfers(items, options) : client.bulks().submitSpendRules(items, options),
                new MoneyAction.Wording<>(Operation.BULK_SUBMIT, Messages.get("bulks.submit.action"),
                        a -> kind.get() + " " + a.request().size() + " items from " + fileName.get(),
                        a -> "-", BulkSubmitted::bulkId,
                        s -> Messages.get("bulks.submit.done", s.bulkId(), s.operationCount())),
                submitted -> {
                    // the file is done: choosing it again is needed to send it again, so one click cannot repeat it
                    text = null;
                    parsed.set(null);
                    summary.set("");
                    onSubmitted.accept(submitted);
                }).askBeforeRepeating(items -> kind.get() + "|" + items.hashCode() + "|" + items.size());
        session.onContextChange(() -> {
            text = null;
            parsed.set(null);
            fileName.set("");
            rowErrors.clear();
            summary.set("");
            profileId.set("");
            prefillProfile();
        });
        canSubmit = Bindings.createBooleanBinding(() -> parsed.get() != null && parsed.get().valid()
                && !action.busyProperty().get() && !reading.get(), parsed, action.busyProperty(), reading);
        prefillProfile();
        kind.addListener((o, a, now) -> reparse());
        profileId.addListener((o, a, now) -> reparse());
    }

    /** Asks the agent for a CSV file, then reads and checks it. */
    public void chooseFile() {
        session.dialogs().chooseFileToOpen(Messages.get("bulks.csv.choose"), "CSV", "*.csv", "*.txt")
                .ifPresent(this::load);
    }

    /** Reads the file off the FX thread, then checks it. */
    public void load(Path file) {
        reading.set(true);
        fileName.set(file.getFileName().toString());
        BackgroundTask.of(p -> Files.readString(file, StandardCharsets.UTF_8)).onSuccess(content -> {
            reading.set(false);
            text = content;
            reparse();
        }).onFailure(e -> {
            reading.set(false);
            text = null;
            parsed.set(null);
            rowErrors.setAll(Messages.get("bulks.csv.unreadable", file.getFileName(), e.getMessage()));
            summary.set("");
        }).runWith(session.runner());
    }

    /** Asks the agent to confirm the checked bulk, then submits it once. */
    @Override
    public void submit() {
        BulkCsv.Parsed p = parsed.get();
        if (p == null || !p.valid()) {
            return;
        }
        if (action.confirmIfRepeated(p.items()) && session.dialogs().confirm(Messages.get("bulks.submit.title"),
                Messages.get("bulks.submit.question",
                p.items().size(), kind.get(), fileName.get()), Messages.get("bulks.submit.confirm"))) {
            action.sendConfirmed(p.items());
        }
    }


    /** Fills the transfer profile id from the connection when it is known and the field is blank. */
    private boolean prefillProfile() {
        String known = session.connection() == null ? null : session.connection().fees().transferProfileId();
        boolean blank = profileId.get() == null || profileId.get().isBlank();
        if (known != null && blank) {
            profileId.set(known);
            return true;
        }
        return false;
    }

    private void reparse() {
        if (text == null) {
            return;
        }
        String profile = Ids.normalise(profileId.get());
        if (kind.get() == BulkCsv.Kind.TRANSFERS && profile.isEmpty() && prefillProfile()) {
            return; // setting the profile id checks the file again
        }
        if (kind.get() == BulkCsv.Kind.TRANSFERS && !Ids.isId(profile)) {
            parsed.set(null);
            rowErrors.setAll(Messages.get("transfers.profileMissing"));
            summary.set("");
            return;
        }
        BulkCsv.Parsed p = BulkCsv.parse(kind.get(), text, profile);
        parsed.set(p);
        rowErrors.setAll(p.rowErrors());
        summary.set(p.valid() ? Messages.get("bulks.csv.ready", p.items().size())
                : Messages.get("bulks.csv.wrong", p.rowErrors().size()));
    }


    // ---- accessors

    public ObjectProperty<BulkCsv.Kind> kindProperty() {
        return kind;
    }

    public StringProperty profileIdProperty() {
        return profileId;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ObservableList<String> rowErrors() {
        return rowErrors;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    @Override
    public MoneyAction<?, ?> action() {
        return action;
    }
}
