package backoffice.app.shell;

import backoffice.app.ui.TableFit;
import backoffice.app.ui.UncachedViewport;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * How a pane fits a small window: every button keeps its whole label, every table keeps room for {@link #MIN_ROWS}
 * rows, and when the window is too low for that the pane scrolls (fitted to the window's width and, while it fits,
 * its height) instead of squashing a table to two rows. Charts and secondary sections are the ones that give way, in
 * the panes themselves. The rows are estimated here; {@link backoffice.app.ui.TableFit} corrects them (and the
 * columns) from the table as rendered.
 */
public final class PaneFit {

    static final int MIN_ROWS = 8;
    /** A row of the tallest table style (Primer's default rows; dense ones are lower) plus the header. */
    private static final double ROW = 31;
    private static final double HEADER = 30;

    private PaneFit() {
    }

    /** The pane in the scroller the shell shows it in (public for the window benchmarks, which measure the same). */
    public static ScrollPane scrolling(Parent pane) {
        keepRows(pane);
        ScrollPane scroller = new ScrollPane(pane);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setFocusTraversable(false);
        scroller.getStyleClass().add("pane-scroller");
        return UncachedViewport.install(scroller);
    }

    private static void keepRows(Node node) {
        if (node == null) {
            return;
        }
        if (node instanceof ButtonBase button
                && button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            // a button never shrinks below its label ("Load r…" at 1024x700): the row around it wraps or scrolls
            button.setMinWidth(Region.USE_PREF_SIZE);
        } else if (node instanceof TableView<?> table) {
            double row = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : ROW;
            table.setMinHeight(Math.max(table.getMinHeight(), HEADER + MIN_ROWS * row));
            TableFit.install(table, MIN_ROWS); // then as rendered: real row height, whole ids
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(PaneFit::keepRows);
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> keepRows(t.getContent()));
        } else if (node instanceof TitledPane titled) {
            keepRows(titled.getContent());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(PaneFit::keepRows);
        }
    }
}
