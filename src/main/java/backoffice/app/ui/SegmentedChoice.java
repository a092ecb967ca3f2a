package backoffice.app.ui;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * A choice between a few options as joined toggles (AtlantaFX's pill styles), bound both ways to a property: one
 * click to choose instead of opening a menu, every option in view, and one always held down. Left and Right move
 * the choice. Each toggle's id is {@code <id>-<option>}. Replaced two ChoiceBoxes on the first frame (their skins
 * size a popup menu: ~15 ms of start-up).
 */
public final class SegmentedChoice<T> extends HBox {

    private final ToggleGroup group = new ToggleGroup();
    private final Map<T, ToggleButton> toggles = new LinkedHashMap<>();
    private final ObjectProperty<T> value;

    public SegmentedChoice(String id, List<T> options, Function<T, String> text, ObjectProperty<T> value) {
        this.value = value;
        setId(id);
        getStyleClass().add("segmented-choice");
        for (int i = 0; i < options.size(); i++) {
            T option = options.get(i);
            ToggleButton toggle = new ToggleButton(text.apply(option));
            toggle.setId(id + "-" + option);
            toggle.setToggleGroup(group);
            if (options.size() > 1) {
                toggle.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                        : i == options.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            toggle.setOnAction(e -> value.set(option));
            toggles.put(option, toggle);
            getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null && value.get() != null) {
                was.setSelected(true); // clicking the held-down option again keeps it
            }
        });
        show(value.get());
        value.addListener((o, a, now) -> show(now));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Holds the option's toggle down; Tab reaches the chosen toggle only (the arrows move between them). */
    private void show(T option) {
        ToggleButton chosen = option == null ? null : toggles.get(option);
        if (chosen != null) {
            chosen.setSelected(true);
        } else {
            group.selectToggle(null);
        }
        ToggleButton tabStop = chosen != null ? chosen : toggles.values().stream().findFirst().orElse(null);
        toggles.values().forEach(t -> t.setFocusTraversable(t == tabStop));
    }

    private void onKey(KeyEvent e) {
        int step = e.getCode() == KeyCode.RIGHT ? 1 : e.getCode() == KeyCode.LEFT ? -1 : 0;
        if (step == 0) {
            return;
        }
        List<T> options = List.copyOf(toggles.keySet());
        int at = options.indexOf(value.get());
        int next = Math.floorMod((at < 0 ? 0 : at) + step, options.size());
        value.set(options.get(next));
        toggles.get(options.get(next)).requestFocus();
        e.consume();
    }
}
