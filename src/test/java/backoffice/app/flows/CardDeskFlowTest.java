package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.pane;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState.State;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.SpendRules;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.routes.AdminCardRoutes;
import backoffice.sandbox.store.CardIssuing;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** An agent blocks and unblocks a card, removes one, and creates then edits spend rules. */
@ExtendWith(ConsoleExtension.class)
class CardDeskFlowTest {

    private ConsoleUiKit kit;
    private SandboxServer server;
    private Identity owner;

    @BeforeEach
    void open(ConsoleUiKit kit) {
        this.kit = kit;
        server = kit.server();
        owner = kit.identity(IdentityType.CONSUMER, 0);
    }

    private String newCard(String mode) {
        var account = server.state().accountsOf(owner.id()).get(0);
        var spec = CardIssuing.cardSpec(new Random(7), owner, mode, "VIRTUAL",
                ManagedCard.DEBIT.equals(mode) ? account.id() : null, null, server.state().now());
        return server.state().addCard(owner, account.currency(), "Flow card", null, server.state().now(), spec).id();
    }

    private State state(String id) {
        return server.state().card(id).orElseThrow().state().state();
    }

    private void openCard(FxRobot robot, String id) throws Exception {
        pane(robot, KeyCode.DIGIT2, "#cardId");
        robot.doubleClickOn("#cardId").eraseText(30).write(id).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#blockToggle").tryQuery().map(n -> n.isVisible()).orElse(false)
                && server.state().card(id).isPresent() && robot.lookup("#card-0").tryQuery()
                .map(n -> n instanceof Label l && l.getText().equals("Flow card")).orElse(false));
    }

    @Test
    void blockThenUnblock(FxRobot robot) throws Exception {
        kit.impersonate(robot, owner);
        String id = newCard(ManagedCard.PREPAID);
        openCard(robot, id);
        ToggleButton toggle = robot.lookup("#blockToggle").queryAs(ToggleButton.class);
        assertThat(toggle.getText()).startsWith("Active");
        robot.clickOn("#blockToggle");
        waitUntil(() -> toggle.getText().startsWith("Blocked"));
        assertThat(state(id)).isEqualTo(State.BLOCKED);
        assertThat(toggle.isSelected()).isTrue();
        robot.clickOn("#blockToggle");
        waitUntil(() -> toggle.getText().startsWith("Active"));
        assertThat(state(id)).isEqualTo(State.ACTIVE);
    }

    @Test
    void removeWithTypedConfirmation(FxRobot robot) throws Exception {
        kit.impersonate(robot, owner);
        String id = newCard(ManagedCard.PREPAID);
        openCard(robot, id);
        kit.dialogs.typed = server.state().card(id).orElseThrow().spec().lastFour();
        robot.clickOn("#removeCard");
        waitUntil(() -> state(id) == State.DESTROYED
                && robot.lookup("#removeCard").queryAs(Button.class).isDisabled());
        assertThat(kit.dialogs.questions).anyMatch(q -> q.contains("destroys it for good"));
        assertThat(robot.lookup("#blockToggle").queryAs(ToggleButton.class).isDisabled()).isTrue();
        assertThat(text(robot, "#toggleReason")).contains("Removed");
    }

    @Test
    void createThenEditRulesAndSeeARejectedEdit(FxRobot robot) throws Exception {
        kit.impersonate(robot, owner);
        String id = newCard(ManagedCard.DEBIT);
        openCard(robot, id);
        pane(robot, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#rule-blockedMcc").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#rule-blockedMcc").write("7995");
        robot.clickOn("#limit-DAILY").write("300");
        robot.clickOn("#rulesSave");
        waitUntil(() -> server.state().card(id).orElseThrow().spendRules() != null);
        SpendRules created = server.state().card(id).orElseThrow().spendRules();
        assertThat(created.blockedMerchantCategories()).containsExactly("7995");
        assertThat(created.spendLimit().get(0).value().amount()).isEqualTo(30_000);

        robot.clickOn("#rule-blockedMcc").type(KeyCode.END).write(", 6011");
        waitUntil(() -> !robot.lookup("#rulesSave").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER); // in the field: saves, as the default button
        waitUntil(() -> server.state().card(id).orElseThrow().spendRules().blockedMerchantCategories().size() == 2);

        robot.clickOn("#rule-blockedMcc").type(KeyCode.END).write(", 5812");
        waitUntil(() -> !robot.lookup("#rulesSave").queryAs(Button.class).isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> server.state().card(id).orElseThrow().spendRules().blockedMerchantCategories().size() == 3);

        robot.clickOn("#rule-allowedCountries").write("MT, XX");
        waitUntil(() -> text(robot, "#rule-allowedCountriesError").contains("XX"));
        assertThat(robot.lookup("#rulesSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(server.state().card(id).orElseThrow().spendRules().allowedMerchantCountries()).isNull();
    }
}
