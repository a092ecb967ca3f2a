package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.pane;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import backoffice.app.ui.TableFit;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An agent makes a transfer (sees the fee), meets insufficient funds, charges a fee and lists the transfers. */
@ExtendWith(ConsoleExtension.class)
class TransfersFlowTest {

    private void instrument(FxRobot robot, String prefix, String id) throws Exception {
        robot.clickOn("#" + prefix + "Id").write(id).type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#" + prefix + "Summary").isEmpty());
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    @Test
    void transferEndToEndThenInsufficientFundsThenAFee(FxRobot robot, ConsoleUiKit kit) throws Exception {
        SandboxServer server = kit.server();
        Identity owner = kit.identity(IdentityType.CORPORATE, 1);
        kit.impersonate(robot, owner);
        pane(robot, KeyCode.DIGIT5, "#sourceId");
        var accounts = server.state().accountsOf(owner.id());
        var card = server.state().cardsOf(owner.id()).stream().filter(c -> !c.isDebit()).findFirst().orElseThrow();
        long cardBefore = card.balances().availableBalance();
        instrument(robot, "source", accounts.get(0).id());
        robot.clickOn("#destinationType").clickOn("Prepaid card");
        instrument(robot, "destination", card.id());
        robot.clickOn("#transferAmount").write("12.50");
        waitUntil(() -> !robot.lookup("#transferSend").queryAs(Button.class).isDisabled());
        robot.clickOn("#transferSend");
        waitUntil(() -> text(robot, "#transferResult").contains("COMPLETED"));
        waitUntil(() -> robot.lookup("#transferResultCopy").queryAs(Button.class).isFocused());
        assertThat(TableFit.isCut(robot.lookup("#transferResultCopy").queryAs(Button.class))).as("Copy, not ...")
                .isFalse();
        robot.type(KeyCode.SPACE); // the receipt, copied from the keyboard
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(text(robot, "#transferResult"));
        assertThat(kit.dialogs.questions).anyMatch(q -> q.contains("Move 12.50 EUR") && q.contains("fee of 1.00 EUR"));
        assertThat(server.state().card(card.id()).orElseThrow().balances().availableBalance())
                .isEqualTo(cardBefore + 1_250);

        robot.doubleClickOn("#transferAmount").eraseText(10).write("99999999");
        waitUntil(() -> text(robot, "#transferProblem").startsWith("Not enough money"));
        assertThat(robot.lookup("#transferAmount").query().getPseudoClassStates()).as("the field it speaks of")
                .contains(Styles.STATE_DANGER);
        assertThat(robot.lookup("#transferTag").query().getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(robot.lookup("#transferSend").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("Charge a fee");
        waitUntil(() -> robot.lookup("#feeSourceId").tryQuery().map(n -> n.isVisible()).orElse(false));
        instrument(robot, "feeSource", accounts.get(0).id());
        waitUntil(() -> !robot.lookup("#feeSend").queryAs(Button.class).isDisabled());
        robot.clickOn("#feeSend");
        waitUntil(() -> text(robot, "#feeResult").contains("charged"));
        assertThat(text(robot, "#feeResult")).contains("charged to managed account " + accounts.get(0).id());
        waitUntil(() -> robot.lookup("#feeResultCopy").queryAs(Button.class).isFocused());

        robot.clickOn("Transfers");
        robot.clickOn("#transferSearch");
        waitUntil(() -> !robot.lookup("#transferTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(text(robot, "#transferSummary")).startsWith("1\u2013");
        robot.clickOn("#filterTag").write("nosuchtag").type(KeyCode.ENTER); // Enter in a filter searches
        waitUntil(() -> robot.lookup("#transferTable").queryAs(TableView.class).getItems().isEmpty());
        robot.doubleClickOn("#filterTag").eraseText(9).type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#transferTable").queryAs(TableView.class).getItems().isEmpty());

        // the destination is a link: one click opens the card in Cards
        TableCell<?, ?> toCard = robot.lookup("#transferTable .table-cell")
                .queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() instanceof InstrumentId i && i.id().equals(card.id()))
                .findFirst().orElseThrow();
        robot.clickOn(toCard);
        waitUntil(() -> robot.lookup("#cardId").tryQuery().map(n -> n.isVisible()).orElse(false)
                && field(robot, "#cardId").equals(card.id()));
        // the keyboard's way: the selected transfer's source (an account) opens in Statements
        pane(robot, KeyCode.DIGIT5);
        robot.clickOn("Transfers");
        waitUntil(() -> robot.lookup("#transferTable").queryAs(TableView.class).isVisible());
        @SuppressWarnings("unchecked")
        TableView<Transfer> table = robot.lookup("#transferTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(t -> t.destination().id().equals(card.id())).findFirst().orElseThrow()));
        robot.clickOn("#transferOpenSource");
        waitUntil(() -> robot.lookup("#statementInstrument").tryQuery().map(n -> n.isVisible()).orElse(false)
                && field(robot, "#statementInstrument").equals(accounts.get(0).id()));
    }

    /**
     * "Move 250.00 EUR from our account ending 6015 to the one ending 6018", keyboard only: Alt+Down offers the
     * customer's own accounts, typing filters, Enter takes one; Enter in Amount opens the confirmation (Enter there
     * sends); Enter again finds the form disarmed: the first problem shows, its field has the focus, nothing is sent.
     */
    @Test
    void keyboardOnlyTransferBetweenTheCustomersOwnAccountsAndEnterTwiceSendsOnce(FxRobot robot, ConsoleUiKit kit,
            Stage stage) throws Exception {
        ConsoleUiKit.resize(robot, stage, 1024, 700);
        SandboxServer server = kit.server();
        Identity northwind = kit.identity(IdentityType.CORPORATE, 0);
        kit.impersonate(robot, northwind);
        pane(robot, KeyCode.DIGIT5, "#sourceId");
        waitUntil(() -> robot.lookup("#sourceId").queryAs(TextInputControl.class).isFocused());
        waitUntil(() -> kit.console.workspace().allRows().size() > 2); // the workspace's discovery, done once
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#sourceChoices").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.write("6015").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#sourceSummary").startsWith("Operating EUR"));
        assertThat(field(robot, "#sourceId")).isEqualTo("110170049121026015");
        robot.type(KeyCode.TAB, 3).write("6018").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#destinationSummary").startsWith("Reserve EUR"));
        long before = server.state().account("110170049121026018").orElseThrow().balances().availableBalance();
        robot.type(KeyCode.TAB, 2);
        assertThat(robot.lookup("#transferAmount").queryAs(TextInputControl.class).isFocused()).isTrue();
        robot.write("250.00").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#transferResult").contains("COMPLETED"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TableFit.isCut(robot.lookup("#transferResultCopy").queryAs(Button.class)))
                .as("Copy beside a long receipt at 1024x700, not '...'").isFalse();
        assertThat(kit.dialogs.questions).hasSize(1).first().asString().contains(
                "Move 250.00 EUR from \"Operating EUR\" (id ending 6015) to \"Reserve EUR\" (id ending 6018)");
        waitUntil(() -> robot.lookup("#noticeText").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("done")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#transferProblem")).as("the cleared amount is not an error before it is touched")
                .isEmpty();
        Node result = robot.lookup("#transferResult").query();
        Bounds line = result.localToScene(result.getLayoutBounds());
        ScrollPane scroller = (ScrollPane) robot.lookup(".scroll-pane").queryAllAs(ScrollPane.class).stream()
                .filter(sp -> sp.isVisible() && sp.getContent().lookup("#transferResult") == result).findFirst()
                .orElseThrow();
        Bounds viewport = scroller.localToScene(scroller.getViewportBounds());
        assertThat(line.getMaxY()).as("the whole success line in view at 1024x700")
                .isLessThanOrEqualTo(viewport.getMaxY());
        for (Node notice : robot.lookup("#notice").queryAll()) {
            if (notice.isVisible()) {
                assertThat(line.getMaxY()).as("not under the notice")
                        .isLessThanOrEqualTo(notice.localToScene(notice.getLayoutBounds()).getMinY());
            }
        }
        robot.type(KeyCode.ENTER); // the second Enter
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kit.dialogs.questions).as("nothing asked again").hasSize(1);
        assertThat(text(robot, "#transferProblem")).as("nor 'Enter an amount.' over the result").isEmpty();
        assertThat(server.state().account("110170049121026018").orElseThrow().balances().availableBalance())
                .isEqualTo(before + 25_000);
        robot.clickOn("#transferAmount").write("1.00").type(KeyCode.ENTER); // a new amount is a new order
        waitUntil(() -> kit.dialogs.questions.size() == 2);
    }
}
