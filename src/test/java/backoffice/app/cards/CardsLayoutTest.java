package backoffice.app.cards;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card looked up in a 1024x700 window, as an agent on a small screen does, shows each wrapped value whole: the grid
 * measured its rows at the columns' preferred widths and cut "VISA · PHYSICAL · debit (spends from its account)" to
 * one line ending in "...". Measured as rendered, after the pulses a real window gets (no extra layout passes).
 */
@ExtendWith(ConsoleExtension.class)
class CardsLayoutTest {

    private static final String NORTHWIND = "110170049121026001";
    private static final String FLEET_CARD = "110170049121026027";

    @Test
    void aCardsWrappedValuesAreWholeInASmallWindow(FxRobot robot, ConsoleUiKit kit, Stage stage) throws Exception {
        Identity northwind = kit.server().state().identities().stream()
                .filter(i -> i.id().equals(NORTHWIND)).findFirst().orElseThrow();
        kit.impersonate(robot, northwind);
        ConsoleUiKit.resize(robot, stage, 1024, 700);
        ConsoleUiKit.pane(robot, KeyCode.DIGIT2, "#cardId");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.A).write(FLEET_CARD).type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#cardDetails").queryParent().getChildrenUnmodifiable().isEmpty());
        for (int pulse = 0; pulse < 5; pulse++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> cut = new ArrayList<>();
        robot.interact(() -> collectCut(robot.lookup("#cardDetails").queryParent(), cut));
        assertThat(cut).isEmpty();
    }

    private static void collectCut(Node node, List<String> cut) {
        if (node instanceof Label l && l.isWrapText() && l.getText() != null) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(l.getText())) {
                    cut.add(l.getText() + " shown as " + shown.getText());
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectCut(child, cut));
        }
    }
}
