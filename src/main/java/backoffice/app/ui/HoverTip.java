package backoffice.app.ui;

import java.util.function.Function;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * One tooltip shared by the cells of a table column, made when a cell is first hovered and given the hovered cell's
 * text. A {@link Tooltip} is a popup window with a scene of its own: one per cell, made as the table builds or reuses
 * its cells, held the FX thread for ~1.9 s when a 100,000-row statement first filled its table (issue 18).
 */
public final class HoverTip {

    private final double maxWidth;
    private Tooltip tip;

    /** A tip that wraps its text at {@code maxWidth} pixels (0: one line, as long as the text). */
    public HoverTip(double maxWidth) {
        this.maxWidth = maxWidth;
    }

    /** A text cell that shows its whole text as this tip while hovered (cut cells can then be read). */
    public <R> TableCell<R, String> textCell() {
        TableCell<R, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
        attach(cell, c -> c.isEmpty() ? null : c.getItem());
        return cell;
    }

    /** While {@code cell} is hovered its tooltip is {@code text} of it (no tooltip when that is null or empty). */
    public <C extends IndexedCell<?>> void attach(C cell, Function<C, String> text) {
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> show(cell, text.apply(cell)));
        cell.itemProperty().addListener((o, was, now) -> {
            if (cell.isHover()) {
                show(cell, text.apply(cell)); // the row under the mouse scrolled to another item
            }
        });
    }

    /** The tooltip, once a cell with text has been hovered (for tests); null before. */
    public Tooltip tooltip() {
        return tip;
    }

    private void show(IndexedCell<?> cell, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
            tip.setShowDelay(Duration.millis(300));
            if (maxWidth > 0) {
                tip.setWrapText(true);
                tip.setMaxWidth(maxWidth);
            }
        }
        tip.setText(text);
        cell.setTooltip(tip);
    }
}
