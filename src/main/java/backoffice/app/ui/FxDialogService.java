package backoffice.app.ui;

import atlantafx.base.theme.Tweaks;
import backoffice.app.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/** Dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    /** Texts of up to about 8 lines need no scroller: the dialog sizes to them (a scroll bar showed for three). */
    private static final double SHORT_TEXT = 180;

    /** How long a confirming button waits before it takes an Enter or a click. */
    static final Duration ARMING = Duration.millis(600);

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, question, yes, ButtonType.CANCEL);
        armLater(alert, yes, true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmAgainstDefault(String title, String question, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OTHER);
        Alert alert = alert(Alert.AlertType.WARNING, title, question, ButtonType.CANCEL, yes);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        alert.setOnShown(e -> cancel.requestFocus());
        armLater(alert, yes, false);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /**
     * The confirming button takes no Enter and no click until {@link #ARMING} after the dialog shows: the Enter or
     * the click that opened it, pressed twice by reflex, sent a transfer unread (an agent's walk-through: Enter,
     * Enter on "Review and send…" sent it). Escape and a click on Cancel work at once. {@code focus}: the button
     * then has the focus, as a confirmation's default button has.
     */
    private static void armLater(Alert alert, ButtonType yes, boolean focus) {
        Button button = (Button) alert.getDialogPane().lookupButton(yes);
        button.setDisable(true);
        PauseTransition wait = new PauseTransition(ARMING);
        wait.setOnFinished(e -> {
            button.setDisable(false);
            if (focus) { // where it would have been from the start: an Enter on Cancel only threw the review away
                button.requestFocus();
            }
        });
        if (focus) {
            // nor does the focused Cancel take that Enter: the reflex would only throw the agent's review away (where
            // Cancel is the default anyway, Enter answers no at once)
            // A held Enter repeats: its presses are swallowed until it is let go, armed or not (a reviewer: the Enter
            // that opened the review, held, sent it once the 600 ms were over)
            boolean[] held = {false};
            alert.getDialogPane().addEventFilter(KeyEvent.ANY, e -> {
                if (e.getCode() != KeyCode.ENTER) {
                    return;
                }
                if (e.getEventType() == KeyEvent.KEY_PRESSED && (button.isDisabled() || held[0])) {
                    held[0] = true;
                    e.consume();
                } else if (e.getEventType() == KeyEvent.KEY_RELEASED && held[0]) {
                    held[0] = false;
                    e.consume();
                } else if (button.isDisabled()) {
                    e.consume();
                }
            });
        }
        alert.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                wait.play();
            }
        });
    }

    @Override
    public void showError(String title, ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        OnScreen.keep(alert.getDialogPane().getScene().getWindow());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // else cut to a line under a window manager
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label sentence = new Label(report.sentence());
        sentence.setWrapText(true);
        TextField ref = new TextField(report.clipboardText());
        ref.setId("errorQuote");
        ref.setEditable(false);
        ref.setPrefColumnCount(Math.max(24, Math.min(70, report.clipboardText().length() + 2))); // shown whole
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        VBox body = new VBox(8, sentence, new Label(Messages.get("error.copyHint")), ref);
        alert.getDialogPane().setContent(body);
        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text, ButtonType.OK).showAndWait();
    }

    /** An alert over the console's window, kept on screen, titled, its text wrapped and scrolling when long. */
    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner.get());
        OnScreen.keep(alert.getDialogPane().getScene().getWindow());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // else cut to a line under a window manager
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(scrollingText(text));
        return alert;
    }

    /**
     * A dialog's text, wrapped; scrolling only when it is taller than a small screen leaves room for: a short one
     * (a confirmation's three lines) is the label itself, sized to its lines, with no scroll bar beside it.
     */
    private static Node scrollingText(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(440);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(10, 12, 10, 12)); // the dialog's own text had this margin
        if (estimatedHeight(text) <= SHORT_TEXT) {
            label.setId("dialogText");
            return label;
        }
        ScrollPane scroller = new ScrollPane(label);
        scroller.setId("dialogText");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setMaxHeight(420);
        // a ScrollPane in a dialog asks for a small viewport and the dialog is sized from it before the label is laid
        // out: the help showed one line of thirty. Ask for the text's height, estimated from its lines (≤ 420 px)
        scroller.setPrefViewportHeight(Math.min(420, estimatedHeight(text)));
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroller;
    }

    /** The wrapped text's height at 440 px: about 62 characters a line of ~19 px, plus the label's padding. */
    static double estimatedHeight(String text) {
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (line.length() + 61) / 62);
        }
        return rows * 19.0 + 24;
    }

    @Override
    public Optional<String> askText(String title, String question, String prompt) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        OnScreen.keep(dialog.getDialogPane().getScene().getWindow());
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // else cut to a line under a window manager
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getEditor().setPromptText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askCheckedText(String title, String question, String prompt,
                                           Function<String, String> problem) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        OnScreen.keep(dialog.getDialogPane().getScene().getWindow());
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // else cut to a line under a window manager
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getEditor().setPromptText(prompt);
        Label refusal = new Label();
        refusal.setId("dialogRefusal");
        refusal.setWrapText(true);
        refusal.getStyleClass().add(Css.FIELD_ERROR);
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(8, dialog.getEditor(), refusal));
        dialog.getEditor().textProperty().addListener((o, a, b) -> refusal.setText(""));
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            String why = problem.apply(dialog.getEditor().getText());
            if (why != null) {
                refusal.setText(why);
                dialog.getEditor().requestFocus();
                dialog.getEditor().selectAll();
                e.consume();
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description,
                                                         String pattern) {
        return chooseFileToSave(title, suggestedName, description, pattern, null);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern,
                                           Path folder) {
        FileChooser chooser = new FileChooser();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
