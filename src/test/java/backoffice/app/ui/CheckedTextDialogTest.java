package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A typed confirmation refused by its check stays open with the reason shown in the dialog itself. */
@ExtendWith(ApplicationExtension.class)
class CheckedTextDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 300, 100));
        stage.show();
    }

    @Test
    void aRefusedAnswerKeepsTheDialogOpenWithTheReason(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.askCheckedText("Remove card", "Type the last four digits",
                "Last four", t -> "1234".equals(t.trim()) ? null : "Not the card's last four.")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField editor = robot.from(pane).lookup(".text-field").queryAs(TextField.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);

        robot.interact(() -> editor.setText("9999"));
        robot.interact(ok::fire);
        assertThat(answer.get()).as("still asking").isNull();
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();
        Label refusal = robot.from(pane).lookup("#dialogRefusal").queryAs(Label.class);
        assertThat(refusal.getText()).isEqualTo("Not the card's last four.");

        robot.interact(() -> editor.setText("1234"));
        assertThat(refusal.getText()).as("typing clears the reason").isEmpty();
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).contains("1234");
        assertThat(Window.getWindows()).noneMatch(w -> w.getScene().getRoot() == pane);
    }

    @Test
    void aRiskyQuestionAnswersNoToAnEnterPressedOnceTooOften(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirmAgainstDefault("Send the same order again?",
                "An identical order went out at 10:02.", "Send another")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(cancel.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isFalse();
    }

    @Test
    void aShortQuestionIsShownWholeWithNoScrollBar(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Platform.runLater(() -> dialogs.confirm("Unblock card", "Unblock card 110170049121026027 (537410 \u2022\u2022 2362)?"
                + "\nThe customer can spend with it again at once.\nThe journal records who did it.", "Unblock"));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.lookupAll(".scroll-pane")).as("no scroller around three lines").isEmpty();
        assertThat(pane.lookupAll(".scroll-bar")).noneMatch(Node::isVisible);
        Label text = robot.from(pane).lookup("#dialogText").queryAs(Label.class);
        assertThat(TableFit.isCut(text)).isFalse();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void aLongTextIsShownInATallViewportNotOneLine(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        String text = String.join("\n", Collections.nCopies(12, "Ctrl+1 Impersonation (focuses its first field)"));
        Platform.runLater(() -> dialogs.showInfo("Keyboard shortcuts", text));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ScrollPane scroller = robot.from(pane).lookup("#dialogText").queryAs(ScrollPane.class);
        assertThat(scroller.getLayoutBounds().getHeight()).as("twelve lines shown").isGreaterThan(12 * 17);
        // the window is sized from the viewport the scroller asks for before its text is laid out (under a window
        // manager the help showed one line); Monocle lays the text out first, so the request is checked too
        assertThat(scroller.getPrefViewportHeight()).as("asks for the text's height").isGreaterThan(12 * 17);
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void theLineToQuoteToSupportIsShownWhole(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ErrorReport report = new ErrorReport("The card is destroyed: it cannot be blocked.", "INSTRUMENT_DESTROYED",
                "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", List.of(), null, ErrorReport.Kind.OTHER);
        Platform.runLater(() -> dialogs.showError("Block card", report));
        WaitForAsyncUtils.waitForFxEvents();
        TextField quote = robot.lookup("#errorQuote").queryAs(TextField.class);
        Text measure = new Text(report.clipboardText());
        measure.setFont(quote.getFont());
        double needed = measure.getLayoutBounds().getWidth() + quote.getPadding().getLeft()
                + quote.getPadding().getRight();
        // the field's width is snapped to whole pixels, the text's is not
        assertThat(quote.getWidth()).as("the whole errorCode and request-ref visible")
                .isGreaterThanOrEqualTo(Math.floor(needed));
        robot.interact(() -> ((Stage) quote.getScene().getWindow()).close());
    }
}
