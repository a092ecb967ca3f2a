package backoffice.app.shell;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panes get ready while the agent is idle, one step at a time, without showing anything, without touching the
 * shown pane's shortcuts, and a pane readied so opens already styled.
 */
@ExtendWith(ConsoleExtension.class)
class PaneWarmupTest {

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void readiesEveryPaneOnlyWhenIdleAndLeavesTheShownPaneAndItsShortcutsAsTheyWere(FxRobot robot, ConsoleUiKit kit)
            throws Exception {
        kit.impersonate(robot, kit.identity(IdentityType.CORPORATE, 1));
        ConsoleUiKit.pane(robot, KeyCode.DIGIT7, "#pane-REVIEW");
        ShellView shell = kit.console.shell();
        Scene scene = shell.getScene();
        Map<KeyCombination, Runnable> shortcuts = onFx(() -> new HashMap<>(scene.getAccelerators()));
        assertThat(shortcuts).as("the review table's Copy row")
                .containsKey(KeyCombination.keyCombination("Shortcut+C"));
        long[] now = {0};
        boolean[] busy = {false};
        PaneWarmup warmup = onFx(() -> new PaneWarmup(shell, () -> now[0], () -> busy[0]));

        assertThat(onFx(warmup::stepIfIdle)).isTrue();
        assertThat(shell.isBuilt(PaneId.STATEMENTS)).as("not idle long enough").isFalse();
        now[0] = PaneWarmup.IDLE_MS;
        busy[0] = true;
        onFx(warmup::stepIfIdle);
        assertThat(shell.isBuilt(PaneId.STATEMENTS)).as("a background task runs").isFalse();
        busy[0] = false;
        onFx(warmup::stepIfIdle);
        assertThat(shell.isBuilt(PaneId.STATEMENTS)).isTrue();
        assertThat(shell.isBuilt(PaneId.TRANSFERS)).as("one step at a time").isFalse();
        warmup.inputSeen();
        onFx(warmup::stepIfIdle);
        Control statementsPane = (Control) shell.node(PaneId.STATEMENTS); // its scroller
        assertThat(statementsPane.getSkin()).as("input came: not styled yet").isNull();

        now[0] += PaneWarmup.IDLE_MS;
        List<String> wrong = new ArrayList<>();
        int steps = 0;
        while (onFx(warmup::stepIfIdle)) {
            steps++;
            Map<KeyCombination, Runnable> after = onFx(() -> new HashMap<>(scene.getAccelerators()));
            if (!after.equals(shortcuts)) {
                wrong.add("after step " + steps + ": " + after.keySet());
            }
            if (robot.lookup("#pane-REVIEW").tryQuery().isEmpty()
                    || robot.lookup("#pane-STATEMENTS").tryQuery().isPresent()) {
                wrong.add("after step " + steps + ": another pane in the window");
            }
        }
        assertThat(wrong).isEmpty();
        for (PaneId pane : PaneId.values()) {
            assertThat(shell.isBuilt(pane)).as(pane.name()).isTrue();
        }
        assertThat(statementsPane.getSkin()).as("styled ahead").isNotNull();
        TableView<?> statements = onFx(() -> (TableView<?>) statementsPane.lookup("#statementTable"));
        assertThat(statements.getSkin()).as("its table too").isNotNull();
        assertThat(statementsPane.getScene()).isNull();

        ConsoleUiKit.pane(robot, KeyCode.DIGIT4, "#pane-STATEMENTS");
        waitUntil(() -> statements.getScene() == scene);
        assertThat(onFx(() -> scene.getAccelerators().get(KeyCombination.keyCombination("Shortcut+C"))))
                .as("the statement table's own Copy row, installed when shown").isNotNull()
                .isNotSameAs(shortcuts.get(KeyCombination.keyCombination("Shortcut+C")));
    }

    @Test
    void theStatementTablesRehearsalRunsInTheStepsNotWhenThePaneOpens(FxRobot robot, ConsoleUiKit kit)
            throws Exception {
        ShellView shell = kit.console.shell();
        Scene scene = shell.getScene();
        long[] now = {0};
        PaneWarmup warmup = onFx(() -> new PaneWarmup(shell, () -> now[0], () -> false));
        now[0] = PaneWarmup.IDLE_MS;
        while (onFx(warmup::stepIfIdle)) {
            assertThat(robot.lookup("#rehearsalTable").tryQuery()).as("nothing left in the window").isEmpty();
        }
        List<String> rehearsed = new ArrayList<>();
        Runnable standIn = () -> {
            if (scene.lookup("#rehearsalTable") != null) {
                rehearsed.add("a stand-in in the window");
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(standIn);
            return null;
        });
        ConsoleUiKit.pane(robot, KeyCode.DIGIT4, "#pane-STATEMENTS");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            scene.removePostLayoutPulseListener(standIn);
            return null;
        });
        assertThat(rehearsed).as("rehearsed while idle, not as the pane opened").isEmpty();
    }

    @Test
    void aPaneOpenedBetweenItsBuildAndItsStylingIsLeftAlone(FxRobot robot, ConsoleUiKit kit) throws Exception {
        ShellView shell = kit.console.shell();
        long[] now = {0};
        PaneWarmup warmup = onFx(() -> new PaneWarmup(shell, () -> now[0], () -> false));
        now[0] = PaneWarmup.IDLE_MS;
        onFx(warmup::stepIfIdle);
        assertThat(shell.isBuilt(PaneId.STATEMENTS)).isTrue();
        ConsoleUiKit.pane(robot, KeyCode.DIGIT4, "#pane-STATEMENTS");
        ConsoleUiKit.pane(robot, KeyCode.DIGIT0, "#pane-CONNECTION");
        Node statements = shell.node(PaneId.STATEMENTS);
        List<Scene> scenes = new ArrayList<>();
        statements.sceneProperty().addListener((o, a, scene) -> scenes.add(scene));

        onFx(warmup::stepIfIdle);
        assertThat(scenes).as("not put in the window again (its scene listeners would run)").isEmpty();
        assertThat(shell.isBuilt(PaneId.TRANSFERS)).as("the next step went on").isFalse();
        onFx(warmup::stepIfIdle);
        assertThat(shell.isBuilt(PaneId.TRANSFERS)).isTrue();
    }

    @Test
    void anotherWindowOfTheConsoleShowingIsNotIdle(FxRobot robot, ConsoleUiKit kit) throws Exception {
        Window main = kit.console.shell().getScene().getWindow();
        assertThat(onFx(() -> PaneWarmup.anotherWindowShowing(main))).isFalse();
        Stage dialog = onFx(() -> {
            Stage s = new Stage();
            s.initOwner(main);
            s.setScene(new Scene(new Label("a dialog the agent types in"), 300, 100));
            s.show();
            return s;
        });
        try {
            assertThat(onFx(() -> PaneWarmup.anotherWindowShowing(main))).isTrue();
        } finally {
            onFx(() -> {
                dialog.close();
                return null;
            });
        }
        assertThat(onFx(() -> PaneWarmup.anotherWindowShowing(main))).isFalse();
    }
}
