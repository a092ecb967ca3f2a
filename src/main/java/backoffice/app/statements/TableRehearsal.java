package backoffice.app.statements;

import backoffice.app.ui.NextLayout;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
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
 * scene, from the pulse after the pane is first laid out, stand-in tables with a few sample rows are put in the pane
 * one pulse at a time, styled and laid out, and taken out again before that pulse renders: never seen, never
 * focusable (invisible), and the real table's first page then costs about what a warm one does.
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

    /**
     * Rows per pass, each pass in a pulse of its own: the table's skin alone, one row (the cells' first CSS), then
     * enough rows for the JIT to compile the cells' code. One pass of all of it was a single 90-140 ms pulse.
     */
    static final int[] PASSES = {0, 1, 8, 8, 8};

    private static final String[] TYPES = {"DEPOSIT", "OUTGOING_WIRE_TRANSFER", "AUTHORISATION_DECLINE"};
    private static final double WIDTH = 1_000;
    private static final double HEIGHT = 400;
    /** Between passes: input, the renderer and everything else queued get the FX thread first. */
    private static final Duration GAP = Duration.millis(40);

    private TableRehearsal() {
    }

    /**
     * Rehearses once per scene, from the pulse after {@code host}'s first layout: one stand-in per pass, built by
     * {@code standIn} for that pass's number of rows ({@link #PASSES}), each in a pulse of its own.
     */
    static void once(Pane host, IntFunction<Region> standIn) {
        host.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene == null) {
                    return;
                }
                host.sceneProperty().removeListener(this);
                if (scene.getProperties().putIfAbsent(TableRehearsal.class, Boolean.FALSE) == null) {
                    NextLayout.then(scene, () -> afterGap(() -> rehearse(host, standIn, 0)));
                }
            }
        });
    }

    private static void rehearse(Pane host, IntFunction<Region> standIn, int pass) {
        Scene scene = host.getScene();
        if (scene == null) {
            return; // the pane was taken away meanwhile: the first real statement pays the rest
        }
        if (pass == PASSES.length) {
            scene.getProperties().put(TableRehearsal.class, Boolean.TRUE);
            return;
        }
        Region table = standIn.apply(PASSES[pass]);
        table.setManaged(false);
        table.setVisible(false);
        table.resize(WIDTH, HEIGHT);
        host.getChildren().add(table);
        // after this pulse's CSS and layout, before it renders; the next pass a moment later
        NextLayout.then(scene, () -> {
            host.getChildren().remove(table);
            afterGap(() -> rehearse(host, standIn, pass + 1));
        });
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
