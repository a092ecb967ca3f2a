package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.task.TaskRunner;
import backoffice.app.ui.Money;
import backoffice.export.StatementLine;
import backoffice.export.StatementTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rows of one statement as both the Statements and the Review panes show them: all rows, the rows matching the
 * quick search and the type filter, their totals, the transaction types present, and a balance-over-time series
 * thinned to at most {@value #CHART_POINTS} points (one per time bucket, the last balance in it).
 */
public final class StatementRows {

    public static final String ALL_TYPES = "";
    /**
     * A search that is an amount as the table shows it: a number, maybe with grouping commas, maybe followed by its
     * currency ("-1,234.50 eur", the search lower-cased).
     */
    private static final Pattern AMOUNT =
            Pattern.compile("([-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?)(\\s+([a-z]{3}))?");
    static final int CHART_POINTS = 300;

    /** One point of the balance chart. */
    public record BalancePoint(long time, long balance) {
    }

    private ObservableList<StatementLine> all = FXCollections.observableArrayList();
    private FilteredList<StatementLine> shown = new FilteredList<>(all);
    /** The list on screen; replaced (not emptied) by {@link #clear}, so a table switches lists in one step. */
    private final ReadOnlyObjectWrapper<ObservableList<StatementLine>> shownList = new ReadOnlyObjectWrapper<>(shown);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty(ALL_TYPES);
    private final ObservableList<String> types = FXCollections.observableArrayList(ALL_TYPES);
    private final ReadOnlyObjectWrapper<StatementTotals> totals = new ReadOnlyObjectWrapper<>(StatementTotals.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterNote = new ReadOnlyStringWrapper("");
    private final ObservableList<BalancePoint> balance = FXCollections.observableArrayList();
    private final TreeSet<String> seenTypes = new TreeSet<>();
    private final ObjectProperty<StatementLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    /** A load has handed over all its rows (none, maybe) since the last clear. */
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private boolean filtering;
    /** The search text and type the shown rows were last filtered by (null: not yet). */
    private String filteredBy;
    /** Bumped by every change of the rows: a chart computed for older rows is dropped. */
    private int version;

    public StatementRows() {
        search.addListener((o, a, now) -> refilter());
        type.addListener((o, a, now) -> refilter());
        // what the row is, first: at 1024x700 the type column is cut, and a decline read like a CHF charge from its
        // original amount and rate (a walk-through)
        selected.addListener((o, a, now) -> detail.set(now == null ? Messages.get("statements.detailHint")
                : now.type() + " \u00b7 " + now.description() + "   \u00b7   " + EntryDetails.text(now)));
        detail.set(Messages.get("statements.detailHint"));
    }

    // ---- changes

    /** The search and the type filter off: every loaded row shows again. */
    public void clearFilter() {
        search.set("");
        type.set(ALL_TYPES);
    }

    /**
     * Drops every row. The lists are replaced rather than emptied: emptying 100,000 rows through the filtered list
     * and the table's listeners held the FX thread ~80 ms; a new list is one change for the table.
     */
    public void clear() {
        ended.set(false);
        replaceRows(FXCollections.observableArrayList());
        seenTypes.clear();
        showTypeChoices(); // the type chosen stays a choice until a load ends without it
        balance.clear();
        refilter();
    }

    /**
     * A load has handed over all its rows: a type chosen before it that none of its rows has goes back to "All types"
     * (until now the filter kept it, so a reload does not blank the agent's choice).
     */
    public void loadEnded() {
        ended.set(true);
        String t = type.get();
        if (t == null || !t.isEmpty() && !seenTypes.contains(t)) {
            type.set(ALL_TYPES);
            showTypeChoices();
        }
    }

    /** Shows these rows instead (one list swap for the table), with their chart. */
    public void setAll(List<StatementLine> rows) {
        clear();
        replaceRows(FXCollections.observableArrayList(rows));
        noteTypes(rows);
        refilter();
        loadEnded();
        chart();
    }

    private void replaceRows(ObservableList<StatementLine> rows) {
        version++;
        filteredBy = null; // a new list is filtered afresh
        all = rows;
        shown = new FilteredList<>(all);
        shownList.set(shown);
    }

    /** Appends a batch; totals follow without rescanning when no filter is set. The chart waits for {@link #chart}. */
    public void add(List<StatementLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        version++;
        // the types first: a new type changes the filter's list, and the combo box passes its value through null and
        // back, which refilters and recounts every row; counted after the batch was in, the batch was then added to
        // the totals a second time ("838 of 443 rows": 48 rows in the first ticks, then 395 counted twice)
        noteTypes(batch);
        all.addAll(batch);
        if (filtering) {
            recount();
        } else {
            setTotals(totals.get().plusAll(batch));
        }
    }

    private void noteTypes(List<StatementLine> batch) {
        boolean newType = false;
        String last = null;
        for (StatementLine l : batch) {
            if (l.type() != last) {
                last = l.type();
                newType |= seenTypes.add(last);
            }
        }
        if (newType) {
            showTypeChoices();
        }
    }

    /**
     * The filter's list becomes "All types", the types seen, and the type chosen if no row has it yet (a reload keeps
     * the choice). Changed item by item, never replaced: a combo box whose list is replaced passes its value through
     * null, which refiltered every row twice and once showed a blank filter.
     */
    private void showTypeChoices() {
        TreeSet<String> wanted = new TreeSet<>(seenTypes);
        String chosen = type.get();
        if (chosen != null && !chosen.isEmpty()) {
            wanted.add(chosen);
        }
        types.removeIf(t -> !t.isEmpty() && !wanted.contains(t));
        int at = 1;
        for (String t : wanted) {
            if (at >= types.size() || !types.get(at).equals(t)) {
                types.add(at, t);
            }
            at++;
        }
    }

    /** Redraws the balance chart from every row (one pass; call after a load, not after every batch). */
    public void chart() {
        balance.setAll(thin(all));
    }

    /**
     * Redraws the balance chart from every row, computed on a background thread and applied in one step on the FX
     * thread (unless the rows changed meanwhile).
     */
    public void chartInBackground(TaskRunner runner) {
        int at = version;
        List<StatementLine> rows = List.copyOf(all);
        BackgroundTask.of(p -> thin(rows)).onSuccess(points -> {
            if (at == version) {
                balance.setAll(points);
            }
        }).runWith(runner);
    }

    // ---- reading

    public ObservableList<StatementLine> all() {
        return all;
    }

    /** The rows matching the search and type filter, as the table shows them; {@link #clear} replaces the list. */
    public ObservableList<StatementLine> shown() {
        return shown;
    }

    /** The list {@link #shown()} returns now: a view follows it to stay on the current rows. */
    public ReadOnlyObjectProperty<ObservableList<StatementLine>> shownProperty() {
        return shownList.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public ObservableList<String> types() {
        return types;
    }

    public ReadOnlyObjectProperty<StatementTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** What hides loaded rows (e.g. "filtered by “Lufthansa”"), empty while every row shows: beside the count. */
    public ReadOnlyStringProperty filterNoteProperty() {
        return filterNote.getReadOnlyProperty();
    }

    /** True once a load has handed over all its rows, until the rows are cleared: an empty table is then a fact. */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** "1,234 of 10,435 rows · in … · out … · fees … · net …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The row the agent selected (the table sets it), or null. */
    public ObjectProperty<StatementLine> selectedProperty() {
        return selected;
    }

    /** The selected row's {@link EntryDetails} on one line, or a hint to select a row. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<BalancePoint> balance() {
        return balance;
    }

    /** The rows matching the search and type filter now, as an immutable snapshot (for exports). */
    public List<StatementLine> snapshot() {
        return List.copyOf(shown);
    }

    // ---- helpers

    private void refilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String t = type.get() == null ? ALL_TYPES : type.get();
        if ((t + "\n" + text).equals(filteredBy)) {
            // the same filter again (a choice box passes through null while its types change): a pass over 100,000
            // rows for nothing held the FX thread ~25 ms each time a load met a new type
            return;
        }
        filteredBy = t + "\n" + text;
        filtering = !text.isEmpty() || !t.isEmpty();
        // an amount typed as the table shows it ("18,017.00 EUR") matches the plain number ("18017.00") in its currency
        Matcher m = AMOUNT.matcher(text);
        boolean isAmount = m.matches();
        String amount = isAmount ? m.group(1).replace(",", "") : text;
        String currency = isAmount ? m.group(6) : null;
        Predicate<StatementLine> p = filtering ? l -> (t.isEmpty() || t.equals(l.type()))
                && (text.isEmpty() || matches(l, text, amount, currency)) : null;
        shown.setPredicate(p);
        String by = (text.isEmpty() ? "" : "\u201c" + search.get().trim() + "\u201d")
                + (text.isEmpty() || t.isEmpty() ? "" : ", ") + (t.isEmpty() ? "" : Messages.get("statements.byType", t));
        filterNote.set(filtering ? Messages.get("statements.filteredBy", by) : "");
        recount();
    }

    private static boolean matches(StatementLine l, String text, String amount, String currency) {
        return l.description().toLowerCase(Locale.ROOT).contains(text)
                || l.type().toLowerCase(Locale.ROOT).contains(text)
                || l.transactionId().contains(text)
                || Money.plain(l.amount(), l.currency()).contains(amount)
                && (currency == null || currency.equalsIgnoreCase(l.currency()));
    }

    private void recount() {
        setTotals(StatementTotals.of(shown));
    }

    private void setTotals(StatementTotals t) {
        totals.set(t);
        String ccy = t.currency();
        String note = filterNote.get().isEmpty() ? "" : " " + filterNote.get();
        summary.set(t.count() == 0 ? Messages.get("statements.noRows", all.size(), note)
                : Messages.get("statements.summary", t.count(), all.size(), Money.format(t.credits(), ccy),
                Money.format(t.debits(), ccy), Money.format(t.fees(), ccy), Money.format(t.net(), ccy), note));
    }

    /** One point per time bucket (the latest row in it), in time order; O(n), no sort of the rows. */
    static List<BalancePoint> thin(List<StatementLine> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (StatementLine l : rows) {
            min = Math.min(min, l.time());
            max = Math.max(max, l.time());
        }
        int buckets = (int) Math.min(CHART_POINTS, rows.size());
        double width = Math.max(1, (double) (max - min + 1) / buckets);
        StatementLine[] last = new StatementLine[buckets];
        for (StatementLine l : rows) {
            int b = (int) Math.min(buckets - 1, (l.time() - min) / width);
            if (last[b] == null || l.time() >= last[b].time()) {
                last[b] = l;
            }
        }
        List<BalancePoint> out = new ArrayList<>(buckets);
        for (StatementLine l : last) {
            if (l != null) {
                out.add(new BalancePoint(l.time(), l.balanceAfter()));
            }
        }
        return out;
    }
}
