package backoffice.app.ui;

import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A notice above the pane area, its text wrapped so none is cut: fades in; information stays four seconds (longer
 * while the pointer is on it) and fades out, a warning stays until ✕ closes it. Built from plain controls styled by the console's stylesheet, so the first frame
 * does not pay for a third-party control and its own stylesheet (ControlsFX's NotificationPane cost ~60 ms there).
 */
public final class NoticeBar extends HBox {

    private static final Duration FADE_IN = Duration.millis(120);
    private static final Duration FADE_OUT = Duration.millis(250);

    private final Label text = new Label();
    private final PauseTransition stay = new PauseTransition(Duration.seconds(4));
    private final FadeTransition fade = new FadeTransition(FADE_IN, this);
    private final Button close;
    private boolean sticky;

    public NoticeBar() {
        super(8);
        setId("notice");
        getStyleClass().add(Css.NOTICE_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        text.setId("noticeText");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setWrapText(true);
        text.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        close = new Button("✕");
        close.setId("noticeClose");
        close.getStyleClass().add(Styles.FLAT);
        close.setFocusTraversable(false);
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        setVisible(false);
        stay.setOnFinished(e -> hide());
        setOnMouseEntered(e -> stay.stop());
        setOnMouseExited(e -> {
            if (isVisible() && !sticky) {
                stay.playFromStart();
            }
        });
    }

    /**
     * Shows {@code message}, replacing any notice still shown; it fades after four seconds unless {@code stays}
     * (a warning the agent must read), which keeps it until closed.
     */
    public void show(String message, boolean stays) {
        text.setText(message);
        sticky = stays;
        double from = isVisible() ? getOpacity() : 0;
        setVisible(true);
        fade(FADE_IN, from, 1, null);
        if (stays) {
            stay.stop();
        } else {
            stay.playFromStart();
        }
    }

    /**
     * Floating over a pane, information lets every click through to the pane below (it fades by itself, so it has
     * no ✕); in the flow above a pane, a warning takes the pointer and waits for its ✕.
     */
    public void setClickThrough(boolean through) {
        setMouseTransparent(through);
        close.setVisible(!through);
        close.setManaged(!through);
    }

    /** True while the notice will fade by itself (information), false for one that waits for ✕. */
    boolean fadesByItself() {
        return stay.getStatus() == Animation.Status.RUNNING;
    }

    /** Fades the notice out (the status bar keeps the text). */
    public void hide() {
        stay.stop();
        if (!isVisible()) {
            return;
        }
        fade(FADE_OUT, getOpacity(), 0, e -> setVisible(false));
    }

    /** Restarts the one fade from {@code from} to {@code to}, replacing one still running. */
    private void fade(Duration duration, double from, double to, EventHandler<ActionEvent> then) {
        fade.stop();
        fade.setDuration(duration);
        fade.setFromValue(from);
        fade.setToValue(to);
        fade.setOnFinished(then);
        fade.playFromStart();
    }
}
