package backoffice.app.statements;

import backoffice.app.ui.AheadSteps;
import backoffice.app.ui.NextLayout;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Pays a statement table's first-time cost before a statement arrives. In a fresh JVM the first rows a table shows
 * cost 70–150 ms of FX time: their rows' and cells' skins, CSS and text layout run for the first time, interpreted
 * (a JFR profile of that pulse: 37 of 49 samples in {@code VirtualFlow.addTrailingCells} applying CSS to new cells),
 * and that froze the window just as the first page of the agent's first statement came in (issue 18). Once per
 * scene a stand-in table is put in the pane and given a few more sample rows each pass, styled and laid out, then
 * taken out again: never seen, never focusable (invisible), and the real table's first page then costs about what a
 * warm one does. The passes run either while the agent is idle, before the pane is first shown (the shell's warm-up
 * runs {@link #ahead}, one pass a step: the first pass alone held the window 52–67 ms when it ran as the pane opened),
 * or, for those left, one a pulse from the pulse after the pane is shown. A pane taken away before the last pass goes
 * on where it stopped the next time it is shown.
 */
final class TableRehearsal {

    /** {@code n} sample rows, as a statement shows them: credits, debits with a fee, declines (the chart gets a line). */
    static List<StatementLine> sample(int n) {
        List<StatementLine> rows = new ArrayList<>(n);
        long balance = 100_000;
        for (int i = 0; i < n; i++) {
            long amount = i % 3 == 2 ? 0 : (i % 3 == 0 ? 12_345 : -2_000);
            long fee = i % 3 == 1 ? 150 : 0;
            balance += amount - fee;
            rows.add(new StatementLine(1_700_000_000_000L + i * 86_400_000L, TYPES[i % 3], Integer.toString(i),
                    i % 3 == 2 ? "DECLINED" : "COMPLETED", "Sample " + i, "EUR", amount, fee, balance, null));
        }
        return rows;
    }

    /** What the rehearsal puts in the pane: a stand-in table, and how to give it a number of sample rows. */
    record StandIn(Region node, IntConsumer show) {
    }

    /**
     * The stand-in's rows in each pass, each pass in a pulse (or warm-up step) of its own: the table's skin alone, one
     * row (the cells' first CSS), then two and later four more rows at a time (it keeps the rows it had), for the JIT
     * to compile the cells' code. One pass of all of it was a single 90-140 ms pulse; a new stand-in with 8 rows for
     * each pass (its search, chart and header styled again each time) was 40-85 ms of FX time per pass in the console.
     */
    static final int[] PASSES = {0, 1, 3, 5, 9, 13, 17, 21, 25};

    private static final String[] TYPES = {"DEPOSIT", "OUTGOING_WIRE_TRANSFER", "AUTHORISATION_DECLINE"};
    private static final double WIDTH = 1_000;
    private static final double HEIGHT = 400;
    /** A little more than a statement row: every row the stand-in shows gets its cells. */
    private static final double ROW = 30;
    /** Between passes: input, the renderer and everything else queued get the FX thread first. */
    private static final Duration GAP = Duration.millis(40);

    private final Pane host;
    private final Supplier<StandIn> make;
    private StandIn standIn;
    /** The next pass. */
    private int pass;
    /** Whether a pass is waiting for a pulse. */
    private boolean scheduled;

    private TableRehearsal(Pane host, Supplier<StandIn> make) {
        this.host = host;
        this.make = make;
    }

    /**
     * Rehearses in {@code host} once per scene, with one stand-in made by {@code standIn} when the first pass runs
     * and shown with each pass's number of rows ({@link #PASSES}): offered to the shell's warm-up
     * ({@link AheadSteps}), and from the pulse after {@code host}'s first layout in a scene for what is left.
     */
    static void once(Pane host, Supplier<StandIn> standIn) {
        TableRehearsal rehearsal = new TableRehearsal(host, standIn);
        host.sceneProperty().addListener((o, was, scene) -> rehearsal.shownIn(scene));
        AheadSteps.offer(host, rehearsal::ahead);
    }

    /** Whether {@code scene}'s rehearsal has run every pass. */
    static boolean done(Scene scene) {
        return Boolean.TRUE.equals(scene.getProperties().get(TableRehearsal.class));
    }

    /**
     * Whether this rehearsal is the one of {@code scene} now: the pane rehearsing in it does it (the JIT and the
     * scene's style matches are then warm for all), none after one has finished. A pane holds the scene only while it
     * rehearses there: it lets go when it leaves the scene before its last pass ({@link #release}), so a pane put in
     * for a warm-up step, or opened and left at once, does not keep the pane the agent opens next from rehearsing.
     */
    private boolean owns(Scene scene) {
        Object owner = scene.getProperties().putIfAbsent(TableRehearsal.class, this);
        return owner == null || owner == this;
    }

    private void release(Scene scene) {
        scene.getProperties().remove(TableRehearsal.class, this);
    }

    private void shownIn(Scene scene) {
        if (scene != null && !scheduled && pass < PASSES.length && owns(scene)) {
            passLater(scene);
        }
    }

    /** The next pass in the pulse after the next layout of {@code scene} and {@link #GAP}. */
    private void passLater(Scene scene) {
        scheduled = true;
        NextLayout.then(scene, () -> afterGap(() -> passInPulse(scene)));
    }

    /** The next pass, laid out in the pulse that follows; then the next, a moment later, while the pane is shown. */
    private void passInPulse(Scene scene) {
        scheduled = false;
        if (host.getScene() != scene) {
            // the pane was taken away meanwhile (the agent went to another pane, or the warm-up's step is over)
            takeOut();
            release(scene);
            return;
        }
        if (pass == PASSES.length) {
            finish(scene);
            return;
        }
        if (!owns(scene)) {
            return; // another pane took the scene's rehearsal over while this one was away
        }
        show(pass++);
        passLater(scene);
    }

    /**
     * The next pass, styled and laid out at once, for the warm-up while {@code host} is in the scene but not shown;
     * the stand-in is taken out again before this returns. Returns whether passes are left.
     */
    private boolean ahead() {
        Scene scene = host.getScene();
        if (scene == null || pass == PASSES.length || !owns(scene)) {
            return false;
        }
        try {
            Region table = show(pass++);
            table.applyCss();
            table.layout();
        } finally {
            takeOut();
            release(scene); // the pane leaves the scene when the step returns
        }
        if (pass == PASSES.length) {
            finish(scene);
        }
        return pass < PASSES.length;
    }

    /** Gives the stand-in, put in the pane if it is not there, pass {@code n}'s rows and size. */
    private Region show(int n) {
        if (standIn == null) {
            standIn = make.get();
            standIn.node().setManaged(false);
            standIn.node().setVisible(false);
        }
        Region table = standIn.node();
        if (table.getParent() != host) {
            host.getChildren().add(table);
        }
        standIn.show().accept(PASSES[n]);
        table.resize(WIDTH, HEIGHT + ROW * PASSES[n]);
        return table;
    }

    /** Takes the stand-in, if made, out of the pane. */
    private void takeOut() {
        if (standIn != null) {
            host.getChildren().remove(standIn.node());
        }
    }

    private void finish(Scene scene) {
        takeOut();
        standIn = null;
        pass = PASSES.length;
        scene.getProperties().put(TableRehearsal.class, Boolean.TRUE);
    }

    /** Runs {@code then} on the FX thread {@link #GAP} from now. */
    private static void afterGap(Runnable then) {
        PauseTransition gap = new PauseTransition(GAP);
        gap.setOnFinished(e -> then.run());
        gap.play();
    }
}
