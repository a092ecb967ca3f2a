package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.pane;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.bulks.BulkOperationRow;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** An agent submits a bulk from a CSV file, executes it, pauses, resumes and watches it complete. */
@ExtendWith(ConsoleExtension.class)
class BulksFlowTest {

    private boolean enabled(FxRobot robot, String id) {
        return !robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void submitFromCsvExecutePauseResumeAndWatchItComplete(FxRobot robot, ConsoleUiKit kit) throws Exception {
        SandboxServer server = kit.server();
        Identity owner = kit.identity(IdentityType.CORPORATE, 1);
        var account = server.state().accountsOf(owner.id()).get(0);
        var card = server.state().cardsOf(owner.id()).stream().filter(c -> !c.isDebit())
                .filter(c -> c.currency().equals(account.currency())).findFirst().orElseThrow();
        Path file = kit.home.resolve("payouts.csv");
        Files.writeString(file, "source_type,source_id,destination_type,destination_id,currency,amount,tag\n"
                + IntStream.range(0, 30).mapToObj(i -> "account," + account.id() + ",card," + card.id() + ","
                + account.currency() + ",0.10,payout_" + i).collect(Collectors.joining("\n")));
        kit.dialogs.fileToOpen = file;
        server.setBulkPace(60);

        kit.impersonate(robot, owner);
        pane(robot, KeyCode.DIGIT6, "#bulkSubmitPane");
        robot.clickOn("Submit a bulk from CSV"); // folded at first, so the list keeps its rows
        waitUntil(() -> robot.lookup("#bulkSubmitPane").queryAs(TitledPane.class).isExpanded());
        robot.clickOn("#bulkChoose");
        waitUntil(() -> text(robot, "#bulkCsvSummary").contains("30 rows checked"));
        robot.clickOn("#bulkSubmit");
        waitUntil(() -> text(robot, "#bulkSubmitResult").contains("submitted with 30 operations"));
        assertThat(kit.dialogs.questions).anyMatch(q -> q.contains("Submit 30 TRANSFERS items from payouts.csv"));
        String bulkId = text(robot, "#bulkSubmitResult").split(" ")[1];
        waitUntil(() -> text(robot, "#bulkHeader").contains(bulkId) && text(robot, "#bulkHeader").contains("SUBMITTED"));
        assertThat(enabled(robot, "#bulkExecute")).isTrue();
        assertThat(enabled(robot, "#bulkPause")).isFalse();

        robot.clickOn("#bulkExecute");
        waitUntil(() -> text(robot, "#bulkHeader").contains("RUNNING"));
        waitUntil(() -> enabled(robot, "#bulkPause"));
        robot.clickOn("#bulkPause");
        waitUntil(() -> text(robot, "#bulkHeader").contains("PAUSED"));
        assertThat(enabled(robot, "#bulkResume")).isTrue();
        assertThat(enabled(robot, "#bulkExecute")).isFalse();
        robot.clickOn("#bulkResume");
        waitUntil(() -> text(robot, "#bulkHeader").contains("COMPLETED"));

        assertThat(robot.lookup("#bulkProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(text(robot, "#bulkCounts")).startsWith("30 of 30 operations finished");
        @SuppressWarnings("unchecked")
        TableView<BulkOperationRow> ops = robot.lookup("#operationTable").queryAs(TableView.class);
        waitUntil(() -> ops.getItems().size() == 30 && ops.getItems().stream()
                .allMatch(o -> o.status() == BulkOperationStatus.COMPLETED));
        assertThat(enabled(robot, "#bulkCancel")).isFalse();
        var journal = kit.console.session().audit().journal().read().entries().stream()
                .map(e -> e.operation() + " " + e.outcome()).toList();
        assertThat(journal).containsSubsequence("BULK_SUBMIT OK", "BULK_EXECUTE OK", "BULK_PAUSE OK",
                "BULK_RESUME OK");
    }
}
