package backoffice.app.statements;

import backoffice.app.ui.NextLayout;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Pays a statement table's first-time cost before a statement arrives. In a fresh JVM the first rows a table shows
 * cost 70–150 ms of FX time: their rows' and cells' skins, CSS and text layout run for the first time, interpreted
 * (a JFR profile of that pulse: 37 of 49 samples in {@code VirtualFlow.addTrailingCells} applying CSS to new cells),
 * and that froze the window just as the first page of the agent's first statement came in (issue 18). Once per
 * scene, from the pulse after the pane is first laid out, a stand-in table is put in the pane and given a few
 * more sample rows one pulse at a time, styled and laid out, then taken out again: never seen, never focusable
 * (invisible), and the real table's first page then costs about what a warm one does. A pane taken away before the
 * last pass rehearses again the next time it is shown.
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
     * The stand-in's rows in each pass, each pass in a pulse of its own: the table's skin alone, one row (the cells'
     * first CSS), then two and later four more rows at a time (it keeps the rows it had), for the JIT to compile the
     * cells' code. One pass of all of it was a single 90-140 ms pulse; a new stand-in with 8 rows for each pass (its
     * search, chart and header styled again each time) was 40-85 ms of FX time per pass in the console.
     */
    static final int[] PASSES = {0, 1, 3, 5, 9, 13, 17, 21, 25};

    private static final String[] TYPES = {"DEPOSIT", "OUTGOING_WIRE_TRANSFER", "AUTHORISATION_DECLINE"};
    private static final double WIDTH = 1_000;
    private static final double HEIGHT = 400;
    /** A little more than a statement row: every row the stand-in shows gets its cells. */
    private static final double ROW = 30;
    /** Between passes: input, the renderer and everything else queued get the FX thread first. */
    private static final Duration GAP = Duration.millis(40);

    private TableRehearsal() {
    }

    /**
     * Rehearses once per scene, from the pulse after {@code host}'s first layout: one stand-in, made by
     * {@code standIn}, shown with each pass's number of rows ({@link #PASSES}), each pass in a pulse of its own.
     */
    static void once(Pane host, Supplier<StandIn> standIn) {
        host.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene == null) {
                    return;
                }
                host.sceneProperty().removeListener(this);
                if (scene.getProperties().putIfAbsent(TableRehearsal.class, Boolean.FALSE) == null) {
                    NextLayout.then(scene, () -> afterGap(() -> rehearse(host, standIn, standIn.get(), scene, 0)));
                }
            }
        });
    }

    private static void rehearse(Pane host, Supplier<StandIn> make, StandIn standIn, Scene scene, int pass) {
        Region table = standIn.node();
        if (host.getScene() != scene) {
            // the pane was taken away meanwhile (the agent went to another pane): the next time it is shown, again
            host.getChildren().remove(table);
            scene.getProperties().remove(TableRehearsal.class);
            once(host, make);
            return;
        }
        if (pass == PASSES.length) {
            host.getChildren().remove(table);
            scene.getProperties().put(TableRehearsal.class, Boolean.TRUE);
            return;
        }
        if (pass == 0) {
            table.setManaged(false);
            table.setVisible(false);
            host.getChildren().add(table);
        }
        standIn.show().accept(PASSES[pass]);
        table.resize(WIDTH, HEIGHT + ROW * PASSES[pass]);
        // styled and laid out in this pulse; the next pass a moment later
        NextLayout.then(scene, () -> afterGap(() -> rehearse(host, make, standIn, scene, pass + 1)));
    }

    /** Whether {@code scene}'s rehearsal has run every pass. */
    static boolean done(Scene scene) {
        return Boolean.TRUE.equals(scene.getProperties().get(TableRehearsal.class));
    }

    /** Runs {@code then} on the FX thread {@link #GAP} from now. */
    private static void afterGap(Runnable then) {
        PauseTransition gap = new PauseTransition(GAP);
        gap.setOnFinished(e -> then.run());
        gap.play();
    }
}
