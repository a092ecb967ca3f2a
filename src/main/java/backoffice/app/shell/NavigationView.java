package backoffice.app.shell;

import backoffice.app.Messages;
import backoffice.app.ui.Css;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The navigation column: one toggle per pane with its title and shortcut, the selected pane's held down. Up and
 * Down move the selection like a list; Tab reaches the selected entry. Ten fixed entries need no virtualised list:
 * a ListView here cost ~15 ms of the first frame (its skin, flow and cells).
 */
final class NavigationView extends VBox {

    private static final double ROW_PADDING = 26; // the toggle's left + right padding in console.css

    private final ObjectProperty<PaneId> selected;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<PaneId, ToggleButton> entries = new EnumMap<>(PaneId.class);

    NavigationView(ObjectProperty<PaneId> selected) {
        this.selected = selected;
        setId("nav");
        getStyleClass().add(Css.NAV);
        setPrefWidth(210);
        setMinWidth(180);
        setFillWidth(true);
        for (PaneId pane : PaneId.values()) {
            ToggleButton entry = entry(pane);
            entries.put(pane, entry);
            getChildren().add(entry);
        }
        show(selected.get());
        selected.addListener((o, a, now) -> show(now));
        // a held-down toggle stays down: clicking it again does not leave the navigation without a selection
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private ToggleButton entry(PaneId pane) {
        Label title = new Label(Messages.get(pane.titleKey()));
        Label key = new Label(Messages.get("nav.shortcut", pane.digit()));
        key.getStyleClass().add(Css.PANE_HINT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, title, spacer, key);
        row.setAlignment(Pos.CENTER_LEFT);
        ToggleButton entry = new ToggleButton(null, row);
        entry.setId("nav-" + pane.name());
        entry.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setToggleGroup(group);
        entry.setAccessibleText(title.getText());
        row.prefWidthProperty().bind(entry.widthProperty().subtract(ROW_PADDING));
        entry.setOnAction(e -> selected.set(pane));
        return entry;
    }

    private void show(PaneId pane) {
        ToggleButton entry = pane == null ? null : entries.get(pane);
        if (entry != null) {
            entry.setSelected(true);
            // keyboard focus in the column follows the selection (a shortcut must not leave it on another entry)
            if (getChildren().stream().anyMatch(Node::isFocused)) {
                entry.requestFocus();
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN) {
            return;
        }
        PaneId[] panes = PaneId.values();
        PaneId current = selected.get() == null ? panes[0] : selected.get();
        int next = current.ordinal() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
        if (next >= 0 && next < panes.length) {
            selected.set(panes[next]); // show() moves the focus along: the key came from an entry of this column
        }
        e.consume();
    }
}
