package backoffice.app.ui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * A table as rendered keeps what {@code shell.PaneFit} promised from estimates: room for its minimum number of rows at
 * the rows' real height (themes and densities differ), and columns that never cut their title or a short value (an
 * id, a state, a time, an amount: up to {@link #SHORT} characters) to "…". After a layout, a column whose title or
 * shown cell cut one gets the width that text needs as its minimum (the table then scrolls sideways), and the
 * table's minimum height grows to the rows it must show. Long free text (a description) may still end in "…".
 * Measured on the nodes as rendered, so it holds for any font, theme and data; sizes only grow, so it settles after
 * one more layout.
 */
public final class TableFit {

    public static final int SHORT = 40;
    private static final String INSTALLED = TableFit.class.getName();

    private TableFit() {
    }

    /** Keeps {@code rows} rows and whole short values in {@code table} from its next layout on. */
    public static void install(TableView<?> table, int rows) {
        if (table.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        boolean[] queued = {false};
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && !queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    widenCutColumns(table);
                    scrollWhenColumnsOverflow(table);
                    keepRows(table, rows);
                });
            }
        });
    }

    /**
     * A constrained table squeezes its columns into its width and, when their minimums do not fit, pushes the last
     * ones past its right edge with no scroll bar to reach them (the bulk list at 1024x700). Such a table turns
     * unconstrained for good (it scrolls sideways): switching back when the window grows could flip between the two
     * as the vertical scroll bar comes and goes, and sizes here only ever go one way, so the fitting settles.
     */
    static void scrollWhenColumnsOverflow(TableView<?> table) {
        if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar(table,
                Orientation.VERTICAL);
        double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        double used = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        if (needed > room || used > room + 1) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        }
    }

    private static double bar(TableView<?> table, Orientation orientation) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.isVisible() && b.getOrientation() == orientation) {
                return orientation == Orientation.HORIZONTAL ? b.getHeight() : b.getWidth();
            }
        }
        return 0;
    }

    /** Raises the table's minimum height to its header, {@code rows} rows and a sideways scroll bar if shown. */
    static boolean keepRows(TableView<?> table, int rows) {
        Node header = table.lookup(".column-header-background");
        Node row = table.lookup(".table-row-cell");
        if (header == null || row == null || row.getLayoutBounds().getHeight() < 5) {
            return false;
        }
        double bar = bar(table, Orientation.HORIZONTAL);
        double needed = Math.ceil(header.getLayoutBounds().getHeight() + rows * row.getLayoutBounds().getHeight() + bar
                + table.snappedTopInset() + table.snappedBottomInset());
        if (needed <= table.getMinHeight() + 0.5) {
            return false;
        }
        table.setMinHeight(needed);
        return true;
    }

    /** Widens each column whose title or visible cell shows a short value cut; true when one was widened. */
    static boolean widenCutColumns(TableView<?> table) {
        boolean widened = false;
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty() && cell.getText() != null
                    && cell.getText().length() <= SHORT && isCut(cell)) {
                widened |= widen(cell.getTableColumn(), 0, cell);
            }
        }
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() instanceof TableColumn<?, ?> column
                    && header.lookup(".label") instanceof Labeled title && isCut(title)) {
                widened |= widen(column, header.getWidth() - title.getWidth(), title);
            }
        }
        return widened;
    }

    /**
     * The column's minimum becomes what the shown text needs, measured in its font, plus {@code around} (what its
     * container adds beside it, e.g. a header's sort arrow). Not from the column's width: a cell laid out before the
     * column changed would make it grow on every pass.
     */
    private static boolean widen(TableColumn<?, ?> column, double around, Labeled shown) {
        Text text = new Text(shown.getText());
        text.setFont(shown.getFont());
        double needed = Math.ceil(text.getLayoutBounds().getWidth() + shown.snappedLeftInset()
                + shown.snappedRightInset() + shown.getLabelPadding().getLeft() + shown.getLabelPadding().getRight()
                + Math.max(0, around)) + 2;
        if (column == null || needed <= column.getMinWidth()) {
            return false;
        }
        column.setMinWidth(needed);
        return true;
    }

    /** The skin shows a labeled's text through a Text node; when that differs from the text, the text was cut. */
    public static boolean isCut(Labeled l) {
        if (l.getText() == null || l.getText().isEmpty() || l.isWrapText()) {
            return false;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                return !shown.getText().equals(l.getText());
            }
        }
        return false;
    }
}
