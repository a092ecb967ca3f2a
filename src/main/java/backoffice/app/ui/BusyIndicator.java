package backoffice.app.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * A small spinner shown while {@code busy}. It holds its 18 px slot from the start but makes the spinner (an
 * indeterminate {@link ProgressIndicator}: a skin of twelve animated segments) only the first time work starts:
 * the two a first frame held cost ~17 ms of start-up while hidden (src/bench/README.md, "Installed app start-up").
 */
public final class BusyIndicator extends StackPane {

    static final double SIZE = 18;

    public BusyIndicator(ObservableValue<Boolean> busy) {
        getStyleClass().add("busy-indicator");
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        visibleProperty().bind(busy);
        if (Boolean.TRUE.equals(busy.getValue())) {
            ensureSpinner();
        } else {
            busy.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (Boolean.TRUE.equals(now)) {
                        o.removeListener(this);
                        ensureSpinner();
                    }
                }
            });
        }
    }

    /** Whether the spinner has been made (the first time work started). */
    public boolean hasSpinner() {
        return !getChildren().isEmpty();
    }

    private void ensureSpinner() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(SIZE, SIZE);
        getChildren().add(spinner);
    }
}
