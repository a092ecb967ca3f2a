package backoffice.app.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Gets the panes the agent has not opened yet ready while the agent is idle, one step at a time: a pane is built in
 * one step, styled and laid out in the window ({@link ShellView#styleAhead}) in the next, then what it offers to do
 * before it is first shown ({@code ui.AheadSteps}: the Statements table's rehearsal) one step after another. Opening
 * a pane the first time held the window 60–190 ms (JavaFX styling its few hundred nodes the first time, with skins
 * to make); opened after this, 20–50 ms (issue 18). The work itself is not less: it is done when nobody is waiting
 * for it, a step only after {@value #IDLE_MS} ms without a key, click or mouse move in the window and while no
 * background task runs (a statement arriving, an export), and never two steps in one turn of the FX thread. A pane
 * the agent opened meanwhile is skipped. {@code -Dbackoffice.warmPanes=false} turns it off. A pane built ahead must
 * not call the API before it is shown (Spend rules and Bulks gate on {@code ui.FirstShown} for that): an agent who
 * never opens it would cause calls, and an expired token would ask to impersonate again out of nowhere.
 */
public final class PaneWarmup {

    static final String PROPERTY = "backoffice.warmPanes";
    /** How long the agent must have left the window alone before a step. */
    static final long IDLE_MS = 1_500;
    /** How often the warm-up looks whether the agent is idle. */
    private static final Duration CHECK = Duration.millis(250);
    /** The panes most used on a call, and the heaviest to open, first; then any other. */
    private static final List<PaneId> FIRST = List.of(PaneId.STATEMENTS, PaneId.TRANSFERS, PaneId.CARDS,
            PaneId.SPEND_RULES, PaneId.BULKS, PaneId.USERS, PaneId.REVIEW, PaneId.JOURNAL);
    private static final System.Logger LOG = System.getLogger(PaneWarmup.class.getName());

    private final ShellView shell;
    private final LongSupplier clock;
    private final BooleanSupplier busy;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private long lastInput;

    PaneWarmup(ShellView shell, LongSupplier millis, BooleanSupplier busy) {
        this.shell = shell;
        this.clock = millis;
        this.busy = busy;
        this.lastInput = millis.getAsLong();
        Set<PaneId> order = new LinkedHashSet<>(FIRST);
        order.addAll(EnumSet.allOf(PaneId.class));
        for (PaneId pane : order) {
            steps.add(() -> {
                if (!shell.isBuilt(pane)) {
                    shell.node(pane);
                    steps.addFirst(() -> {
                        if (shell.styleAhead(pane)) {
                            steps.addFirst(() -> stepAhead(pane));
                        }
                    });
                }
            });
        }
    }

    /** One of the steps the pane offers ({@link ShellView#stepAhead}), and the next one after it if any is left. */
    private void stepAhead(PaneId pane) {
        if (shell.stepAhead(pane)) {
            steps.addFirst(() -> stepAhead(pane));
        }
    }

    /**
     * Starts warming up {@code shell}'s panes (it must be in its window's scene), unless {@value #PROPERTY} is false.
     * Not idle: {@code busy} (background work running, rows still reaching a table) or another window of the console
     * showing (a dialog the agent types in, a menu, a drop-down: input there does not pass the window's scene).
     */
    public static void startUnlessOff(ShellView shell, BooleanSupplier busy) {
        Scene scene = shell.getScene();
        if ("false".equals(System.getProperty(PROPERTY)) || scene == null) {
            return;
        }
        PaneWarmup warmup = new PaneWarmup(shell, System::currentTimeMillis,
                () -> busy.getAsBoolean() || anotherWindowShowing(scene.getWindow()));
        EventHandler<InputEvent> seen = e -> warmup.inputSeen();
        scene.addEventFilter(InputEvent.ANY, seen);
        warmup.checkLater(() -> scene.removeEventFilter(InputEvent.ANY, seen));
    }

    /** Whether a window other than {@code main} is showing: a dialog, a detail window, a menu or a drop-down. */
    static boolean anotherWindowShowing(Window main) {
        return Window.getWindows().stream().anyMatch(w -> w != main && w.isShowing());
    }

    void inputSeen() {
        lastInput = clock.getAsLong();
    }

    /**
     * Runs the next step if the agent is idle; returns whether steps are left. A step that fails ends the warm-up
     * (logged): the pane is then built when opened, as it would have been without it.
     */
    boolean stepIfIdle() {
        if (clock.getAsLong() - lastInput >= IDLE_MS && !busy.getAsBoolean() && !steps.isEmpty()) {
            try {
                steps.poll().run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Panes' warm-up stopped", e);
                steps.clear();
            }
        }
        return !steps.isEmpty();
    }

    private void checkLater(Runnable finished) {
        PauseTransition wait = new PauseTransition(CHECK);
        wait.setOnFinished(e -> {
            if (stepIfIdle()) {
                checkLater(finished);
            } else {
                finished.run();
            }
        });
        wait.play();
    }
}
