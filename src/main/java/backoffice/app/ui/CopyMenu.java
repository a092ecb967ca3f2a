package backoffice.app.ui;

import backoffice.app.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Control;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionModel;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The ids, request-refs and handles a table or list shows, copyable: a context menu (right-click, or the menu key /
 * Shift+F10) with one "Copy …" per value of the selected row, and Ctrl+C for the first one. Empty values are not
 * offered.
 */
public final class CopyMenu {

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    /** One value of a row the agent can copy: "Copy transfer id". */
    public record Value<T>(String label, Function<T, String> value) {
    }

    private CopyMenu() {
    }

    public static <T> Value<T> value(String labelKey, Function<T, String> value) {
        return new Value<>(Messages.get(labelKey), value);
    }

    /** Adds the menu and Ctrl+C to {@code control} (a table or list) whose selection is {@code selection}. */
    public static <T> void install(Control control, SelectionModel<T> selection, List<Value<T>> values) {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            T row = selection.getSelectedItem();
            for (Value<T> v : values) {
                String text = row == null ? null : v.value().apply(row);
                MenuItem item = new MenuItem(Messages.get("copy.value", v.label()));
                item.setDisable(text == null || text.isBlank());
                item.setOnAction(a -> copy(text));
                menu.getItems().add(item);
            }
        });
        control.setContextMenu(menu);
        control.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T row = selection.getSelectedItem();
            if (COPY.match(e) && row != null && e.getCode() == KeyCode.C) {
                String text = values.get(0).value().apply(row);
                if (text != null && !text.isBlank()) {
                    copy(text);
                    e.consume();
                }
            }
        });
    }

    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
