package backoffice.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.BusyIndicator;
import backoffice.client.model.IdentityType;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.SandboxFixture;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;

/** An agent impersonates a customer, sees it in the banner, looks a card up, and finds it in the journal. */
@ExtendWith(ConsoleExtension.class)
class ImpersonationFlowTest {

    @Test
    void impersonateLookUpAndSeeItInTheJournal(FxRobot robot, ConsoleUiKit kit) throws Exception {
        waitUntil(() -> kit.console.session().connection() != null);
        assertThat(text(robot, "#bannerEnv")).contains("EMBEDDED SANDBOX");
        assertThat(text(robot, "#bannerIdentity")).isEqualTo("No identity impersonated");

        robot.clickOn("#identityId").write("12x");
        Label error = robot.lookup("#identityIdError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Digits only");
        assertThat(robot.lookup("#impersonate").queryAs(Button.class).isDisabled()).isTrue();

        var embedded = kit.embedded.ensureStarted();
        String corporate = SandboxFixture.identity(embedded.state(), IdentityType.CORPORATE, 0).id();
        robot.doubleClickOn("#identityId").eraseText(3).write(corporate);
        assertThat(error.isVisible()).isFalse();
        robot.clickOn("#impersonate");
        waitUntil(() -> text(robot, "#bannerIdentity").contains(corporate));
        assertThat(text(robot, "#bannerIdentity")).isEqualTo("Acting as CORPORATE " + corporate);
        assertThat(robot.lookup("#recentList").queryAs(ListView.class).getItems())
                .contains("CORPORATE:" + corporate);

        var card = embedded.state().cardsOf(corporate).get(0);
        // acting as someone, the form folds into one line and the look-up to its header: unfold it
        assertThat(WorkspaceLayoutTest.shown(robot.lookup("#identityId").query())).isFalse();
        assertThat(text(robot, "#currentIdentity")).isEqualTo("Acting as CORPORATE " + corporate + ".");
        robot.clickOn("#lookupPane");
        waitUntil(() -> WorkspaceLayoutTest.shown(robot.lookup("#lookupId").query()));
        robot.clickOn("#lookupId").write(card.id()).type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#lookupResult").isEmpty());
        assertThat(text(robot, "#lookupResult")).contains(card.friendlyName(), card.spec().lastFour())
                .doesNotContain(card.spec().firstSix() + card.spec().lastFour());
        // the spinner beside Look up was made when the look-up started, and is hidden again
        assertThat(robot.lookup("#lookupBusy").queryAs(BusyIndicator.class).hasSpinner()).isTrue();
        assertThat(robot.lookup("#lookupBusy").queryAs(Node.class).isVisible()).isFalse();

        var account = embedded.state().accountsOf(corporate).get(0);
        robot.clickOn("#lookupKind-ACCOUNT");
        robot.doubleClickOn("#lookupId").eraseText(card.id().length()).write(account.id()).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#lookupResult").contains(account.friendlyName()));
        robot.clickOn("#lookupKind-ACCOUNT").type(KeyCode.LEFT); // the arrows move the choice back to Card
        assertThat(robot.lookup("#lookupKind-CARD").queryAs(ToggleButton.class).isSelected())
                .isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#journalTable").tryQuery().isPresent()
                && !robot.lookup("#journalTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#journalTable").queryAs(TableView.class);
        assertThat(table.getItems().toString()).contains("IMPERSONATE", corporate);
    }

    @Test
    void unknownIdentityShowsTheSentenceAndACopyableRequestRef(FxRobot robot, ConsoleUiKit kit) throws Exception {
        waitUntil(() -> kit.console.session().connection() != null);
        robot.clickOn("#identityId").write("999999999999999999").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#errorSentence").tryQuery().map(Node::isVisible).orElse(false)
                && !text(robot, "#errorSentence").isEmpty());
        assertThat(text(robot, "#errorSentence")).contains("No CORPORATE identity has the id 999999999999999999");
        assertThat(robot.lookup("#errorRef").queryTextInputControl().getText()).containsPattern("request-ref [0-9a-f]+-");
        assertThat(text(robot, "#bannerIdentity")).isEqualTo("No identity impersonated");
    }
}
