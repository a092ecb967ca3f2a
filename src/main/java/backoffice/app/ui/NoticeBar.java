package backoffice.app.ui;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A one-line notice over the top of the pane area: fades in, stays four seconds (longer while the pointer is on it),
 * fades out; ✕ closes it at once. Built from plain controls styled by the console's stylesheet, so the first frame
 * does not pay for a third-party control and its own stylesheet (ControlsFX's NotificationPane cost ~60 ms there).
 */
public final class NoticeBar extends HBox {

    private static final Duration FADE_IN = Duration.millis(120);
    private static final Duration FADE_OUT = Duration.millis(250);

    private final Label text = new Label();
    private final PauseTransition stay = new PauseTransition(Duration.seconds(4));
    private final FadeTransition fade = new FadeTransition(FADE_IN, this);

    public NoticeBar() {
        super(8);
        setId("notice");
        getStyleClass().add(Css.NOTICE_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        text.setId("noticeText");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setId("noticeClose");
        close.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        close.setFocusTraversable(false);
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        setVisible(false);
        stay.setOnFinished(e -> hide());
        setOnMouseEntered(e -> stay.stop());
        setOnMouseExited(e -> {
            if (isVisible()) {
                stay.playFromStart();
            }
        });
    }

    /** Shows {@code message}, replacing any notice still shown, and restarts the four seconds. */
    public void show(String message) {
        text.setText(message);
        fade.stop();
        fade.setDuration(FADE_IN);
        fade.setFromValue(isVisible() ? getOpacity() : 0);
        fade.setToValue(1);
        fade.setOnFinished(null);
        setVisible(true);
        fade.playFromStart();
        stay.playFromStart();
    }

    /** Fades the notice out (the status bar keeps the text). */
    public void hide() {
        stay.stop();
        if (!isVisible()) {
            return;
        }
        fade.stop();
        fade.setDuration(FADE_OUT);
        fade.setFromValue(getOpacity());
        fade.setToValue(0);
        fade.setOnFinished(e -> setVisible(false));
        fade.playFromStart();
    }

    public String text() {
        return text.getText();
    }
}
