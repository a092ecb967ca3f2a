package backoffice.app.journal;

import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ReplaceableList;
import backoffice.journal.Journal;
import backoffice.journal.JournalEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The audit journal, newest first, filtered by free text, operation and outcome; new lines appear as they land. */
public final class JournalViewModel {

    public static final String ALL = "ALL";

    // ---- dependencies
    private final ConsoleSession session;
    private final Journal journal;

    // ---- properties
    /** Newest first; lines of the same instant in the order they were written. */
    private static final Comparator<JournalEntry> NEWEST_FIRST = (a, b) -> b.time().compareTo(a.time());
    /**
     * Kept newest first: sorted off the FX thread when read, each new line put in its place. A SortedList over the
     * rows re-sorted all 100,000 of a long journal on the FX thread at every refresh (issue 18's watchdog).
     */
    private final ObservableList<JournalEntry> entries = new ReplaceableList<>(); // a refresh swaps them in one step
    private final FilteredList<JournalEntry> filtered = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty operation = new SimpleStringProperty(ALL);
    private final StringProperty outcome = new SimpleStringProperty(ALL);
    private final ObservableList<String> operations = FXCollections.observableArrayList(ALL);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringBinding summary;
    private final Map<String, String> labels = new HashMap<>();
    /** The operation, outcome and text the rows were last filtered by. */
    private String filteredBy = ALL + "\n" + ALL + "\n";

    public JournalViewModel(ConsoleSession session) {
        this.session = session;
        this.journal = session.audit().journal();
        search.addListener((o, a, b) -> applyFilter());
        operation.addListener((o, a, b) -> applyFilter());
        outcome.addListener((o, a, b) -> applyFilter());
        summary = Bindings.createStringBinding(() -> Messages.get("journal.summary", filtered.size(), entries.size(),
                journal.file()), filtered, entries);
        session.audit().addListener(this::added);
    }

    // ---- commands

    /** Reads the whole journal in the background. */
    public void refresh() {
        busy.set(true);
        BackgroundTask.of(p -> {
            Journal.ReadResult read = journal.read(); // everything below runs here, not on the FX thread
            List<JournalEntry> newest = new ArrayList<>(read.entries());
            newest.sort(NEWEST_FIRST); // stable: lines of one instant stay in file order
            Map<String, String> learned = new HashMap<>();
            read.entries().forEach(e -> learnLabel(e, learned)); // in file order: the latest label wins
            TreeSet<String> ops = new TreeSet<>();
            newest.forEach(e -> ops.add(e.operation()));
            return new Read(new Journal.ReadResult(newest, read.skippedLines()), learned, ops);
        }).onSuccess(read -> {
            Journal.ReadResult r = read.result();
            labels.clear();
            labels.putAll(read.labels());
            entries.setAll(r.entries());
            showOperations(read.operations());
            notice.set(r.skippedLines() == 0 ? "" : Messages.get("journal.skipped", r.skippedLines()));
        }).onFailure(e -> notice.set(ErrorPresenter.present(Messages.get("journal.readAction"), e).sentence()))
                .onFinished(() -> busy.set(false))
                .runWith(session.runner());
    }

    public void clearFilters() {
        search.set("");
        operation.set(ALL);
        outcome.set(ALL);
    }

    // ---- helpers

    private void added(JournalEntry e) {
        learnLabel(e, labels);
        int at = Collections.binarySearch(entries, e, NEWEST_FIRST);
        entries.add(at < 0 ? -at - 1 : at, e);
        if (!operations.contains(e.operation())) {
            TreeSet<String> ops = new TreeSet<>(operations.subList(1, operations.size()));
            ops.add(e.operation());
            showOperations(ops);
        }
    }

    /** The operation filter's choices: every operation in the journal, sorted, after "all". */
    private void showOperations(SortedSet<String> ops) {
        String keep = operation.get();
        operations.setAll(ALL);
        operations.addAll(ops);
        operation.set(operations.contains(keep) ? keep : ALL);
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String op = operation.get() == null ? ALL : operation.get();
        String out = outcome.get() == null ? ALL : outcome.get();
        String by = op + "\n" + out + "\n" + text;
        if (by.equals(filteredBy)) {
            // the same filter again (the operation choice passes through null while its choices change): a pass
            // over 100,000 lines for nothing held the FX thread ~70 ms at every refresh
            return;
        }
        filteredBy = by;
        Predicate<JournalEntry> p = e -> (ALL.equals(op) || op.equals(e.operation()))
                && (ALL.equals(out) || out.equals(e.outcome()))
                && (text.isEmpty() || haystack(e).contains(text));
        filtered.setPredicate(ALL.equals(op) && ALL.equals(out) && text.isEmpty() ? null : p);
    }

    /**
     * The entry's identity with the agent's label for it ("CORPORATE 1101… (Northwind)"), also on the lines written
     * before the label was known: the label comes from any line of the same identity that has one.
     */
    public String identityText(JournalEntry e) {
        String id = e.identity();
        if (id == null || id.contains(" (")) {
            return id;
        }
        String label = labels.get(id);
        return label == null ? id : id + " (" + label + ")";
    }

    private static void learnLabel(JournalEntry e, Map<String, String> into) {
        String id = e.identity();
        int open = id == null ? -1 : id.indexOf(" (");
        if (open > 0 && id.endsWith(")")) {
            into.put(id.substring(0, open), id.substring(open + 2, id.length() - 1));
        }
    }

    /** A journal read off the FX thread: its lines newest first, the identity labels and operations in them. */
    private record Read(Journal.ReadResult result, Map<String, String> labels,
                        SortedSet<String> operations) {
    }

    private String haystack(JournalEntry e) {
        return String.join(" ", String.valueOf(e.time()), String.valueOf(e.osUser()), String.valueOf(e.environment()),
                String.valueOf(identityText(e)), String.valueOf(e.operation()), String.valueOf(e.targetId()),
                String.valueOf(e.outcome()), e.requestRef() == null ? "" : e.requestRef(), String.valueOf(e.detail()),
                e.callId() == null ? "" : e.callId())
                .toLowerCase(Locale.ROOT);
    }

    // ---- accessors

    public ObservableList<JournalEntry> rows() {
        return filtered;
    }


    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty operationProperty() {
        return operation;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public ObservableList<String> operations() {
        return operations;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringBinding summaryProperty() {
        return summary;
    }
}
