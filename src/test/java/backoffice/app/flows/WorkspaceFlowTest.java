package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.workspace.InstrumentRow;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState.State;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * "Our card ending 2362 was stolen": impersonate Northwind, type 2362 in the workspace, Enter opens the card in
 * Cards, block it, end the call; the wrap-up names the block with its request-ref.
 */
@ExtendWith(ConsoleExtension.class)
class WorkspaceFlowTest {

    @Test
    void findTheCardByItsLastFourBlockItAndWrapUp(FxRobot robot, ConsoleUiKit kit) throws Exception {
        Identity northwind = kit.identity(IdentityType.CORPORATE, 0);
        String fuelCard = kit.server().state().cardsOf(northwind.id()).stream()
                .filter(c -> c.spec().lastFour().equals("2362")).findFirst().orElseThrow().id();
        kit.impersonate(robot, northwind);
        waitUntil(() -> text(robot, "#workspaceStatus").contains("instruments found"));
        assertThat(text(robot, "#workspaceStatus")).as("when the balances were read")
                .containsPattern("balances at \\d\\d:\\d\\d");
        assertThat(robot.lookup("#clearImpersonation").query().isDisabled()).isFalse();
        robot.clickOn("#startCall");
        robot.clickOn("#workspaceFilter").write("2362").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#blockToggle").tryQuery().map(n -> n.isVisible()).orElse(false)
                && fuelCard.equals(kit.console.session().currentCardIdProperty().get()));
        ToggleButton toggle = robot.lookup("#blockToggle").queryAs(ToggleButton.class);
        waitUntil(() -> toggle.getText().startsWith("Active"));
        robot.clickOn("#blockToggle");
        waitUntil(() -> toggle.getText().startsWith("Blocked"));
        assertThat(kit.server().state().card(fuelCard).orElseThrow().state().state()).isEqualTo(State.BLOCKED);
        waitUntil(() -> kit.console.session().audit().journal().read().entries().stream()
                .anyMatch(e -> e.operation().equals("BLOCK_CARD")));

        ConsoleUiKit.pane(robot, KeyCode.DIGIT1);
        @SuppressWarnings("unchecked")
        TableView<InstrumentRow> table = robot.lookup("#workspaceTable")
                .queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.known().id().equals(fuelCard)
                && r.state().startsWith("BLOCKED")));
        robot.clickOn("#callNotes").write("Card ending 2362 reported stolen; blocked.");
        robot.clickOn("#endCall");
        JournalEntry block = kit.console.session().audit().journal().read().entries().stream()
                .filter(e -> e.operation().equals("BLOCK_CARD")).findFirst().orElseThrow();
        TextArea wrapUp = robot.lookup("#wrapUp").queryAs(TextArea.class);
        waitUntil(() -> !wrapUp.getText().isEmpty());
        assertThat(wrapUp.getText()).contains("Blocked card " + fuelCard).contains("OK, request-ref "
                + block.requestRef()).contains("Card ending 2362 reported stolen; blocked.");
    }
}
