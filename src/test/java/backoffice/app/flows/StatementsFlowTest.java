package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.pane;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.export.StatementLine;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.store.Account;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An agent loads a 10,000-entry statement, filters it, exports a signed PDF and checks it in the offline review. */
@ExtendWith(ConsoleExtension.class)
class StatementsFlowTest {

    @SuppressWarnings("unchecked")
    private static TableView<StatementLine> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void loadFilterExportAndReviewOffline(FxRobot robot, ConsoleUiKit kit) throws Exception {
        SandboxServer server = kit.server();
        Account big = SandboxFixture.biggestAccount(server.state());
        Path exports = Files.createDirectories(kit.home.resolve("exports-" + System.nanoTime()));
        kit.dialogs.saveFolder = exports;
        kit.impersonate(robot, server.state().identity(big.identityId()).orElseThrow());
        pane(robot, KeyCode.DIGIT4, "#statementInstrument");
        robot.clickOn("#statementInstrument").write(big.id());
        robot.clickOn("#statementLoad");
        waitUntil(() -> text(robot, "#statementStatus").startsWith("Loaded "));
        int firstLoad = table(robot, "#statementTable").getItems().size();
        assertThat(firstLoad).isGreaterThanOrEqualTo(10_000);
        // a reload puts the table on a new list (the old one is not emptied row by row) and fills it again (the
        // demo's activity may have added entries meanwhile)
        var firstList = table(robot, "#statementTable").getItems();
        robot.clickOn("#statementLoad");
        waitUntil(() -> table(robot, "#statementTable").getItems() != firstList
                && text(robot, "#statementStatus").startsWith("Loaded "));
        assertThat(firstList).hasSize(firstLoad);
        int loaded = table(robot, "#statementTable").getItems().size();
        assertThat(loaded).isGreaterThanOrEqualTo(firstLoad);
        assertThat(text(robot, "#statementSummary")).contains(String.format("%,d of %,d rows", loaded, loaded));
        waitUntil(() -> robot.lookup("#statementChart").queryAs(Node.class).isVisible());

        robot.clickOn("#statementSearch").write("Starbucks");
        waitUntil(() -> table(robot, "#statementTable").getItems().size() < loaded);
        int shown = table(robot, "#statementTable").getItems().size();
        assertThat(shown).isPositive();
        assertThat(table(robot, "#statementTable").getItems()).allMatch(l -> l.description().contains("Starbucks"));

        robot.clickOn("#statementExport");
        robot.clickOn("Export shown rows as PDF (signed)...");
        waitUntil(() -> text(robot, "#statementStatus").startsWith("Exported "));
        Path pdf;
        try (var files = Files.list(exports)) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(text(robot, "#statementStatus")).as("where it went, not only its name")
                .contains(pdf.getFileName() + " with its signed manifest", " to " + pdf.toAbsolutePath().getParent());

        kit.dialogs.fileToOpen = pdf;
        pane(robot, KeyCode.DIGIT7, "#reviewOpen");
        robot.clickOn("#reviewOpen");
        waitUntil(() -> text(robot, "#reviewVerdict").startsWith("Intact"));
        assertThat(text(robot, "#reviewVerdict")).contains("SHA256:");
        assertThat(table(robot, "#reviewTable").getItems()).hasSize(shown);
        assertThat(text(robot, "#reviewDetails")).contains(big.id(), "search=Starbucks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reviewOpen").queryAs(Node.class).isFocused())
                .as("the focus back on Open, not moved on to 'Trust a colleague's key…'").isTrue();

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(pdf, bytes);
        robot.clickOn("#reviewOpen");
        waitUntil(() -> text(robot, "#reviewVerdict").startsWith("ALTERED"));
        assertThat(robot.lookup("#reviewFindings").queryAs(VBox.class).getChildren())
                .anyMatch(n -> ((Label) n).getText().contains("SHA-256"));
    }
}
