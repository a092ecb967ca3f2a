package backoffice.app.transactions;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.transactions.TransactionDetail.Field;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.OnScreen;
import backoffice.app.ui.Theme;
import backoffice.app.ui.UncachedViewport;
import backoffice.client.model.InstrumentId;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Dimension2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window with every field of one transaction, labelled; ids selectable with a copy button; the whole row copyable.
 * It opens at the size its content asks for (under a window manager a window left to size itself once mapped at
 * 200x200, its buttons cut to "Cop…"), or at the size the agent last gave it in this run, kept on the screen; when
 * the screen is too small the fields scroll and the values narrow, never the labels or buttons.
 */
public final class TransactionDetailView {

    /** A value field narrows to this when the window is small; labels and buttons keep their whole text. */
    private static final double MIN_VALUE_WIDTH = 120;
    /** Room for the vertical scroll bar the fields get when the screen is too low for them. */
    private static final double SCROLL_BAR = 16;
    /** The size the agent last resized a detail window to, in this run; null while none was resized. */
    private static Dimension2D lastSize;

    private TransactionDetailView() {
    }

    public static Stage show(Window owner, List<Field> fields) {
        return show(owner, fields, null);
    }

    /**
     * As {@link #show(Window, List)}; a field that names a card or account gets an "Open" button that hands it to
     * {@code open} (a card to Cards, an account to Statements) and closes this window.
     */
    public static Stage show(Window owner, List<Field> fields, Consumer<InstrumentId> open) {
        Stage stage = new Stage();
        GridPane grid = new GridPane();
        grid.setId("transactionDetail");
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Field f : fields) {
            Label label = new Label(f.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextField value = new TextField(f.value());
            value.setEditable(false);
            value.getStyleClass().add(Styles.FLAT);
            value.setPrefColumnCount(Math.min(40, Math.max(12, f.value().length())));
            value.setMinWidth(MIN_VALUE_WIDTH);
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, label, value);
            if (f.copy()) {
                Button copy = new Button(Messages.get("detail.copy"));
                copy.getStyleClass().add(Styles.SMALL);
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> copy(f.value()));
                grid.add(copy, 2, row - 1);
            }
            if (f.opens() != null && open != null) {
                Button go = new Button(Messages.get(f.opens().isCard() ? "detail.openCard"
                        : "detail.openAccount"));
                go.setId("detailOpen-" + (row - 1));
                go.getStyleClass().add(Styles.SMALL);
                go.setMinWidth(Region.USE_PREF_SIZE);
                go.setOnAction(e -> {
                    stage.close();
                    open.accept(f.opens());
                });
                grid.add(go, 3, row - 1);
            }
        }
        Button all = new Button(Messages.get("detail.copyAll"));
        all.setId("copyTransaction");
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setOnAction(e -> copy(TransactionDetail.asText(fields)));
        ScrollPane scroller = UncachedViewport.install(new ScrollPane(grid));
        scroller.setFitToWidth(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        VBox box = new VBox(12, scroller, all);
        box.getStyleClass().add("transaction-detail");
        stage.initOwner(owner);
        stage.setTitle(Messages.get("detail.title"));
        Dimension2D size = lastSize != null ? lastSize : contentSize(box);
        Scene scene = new Scene(box, size.getWidth(), size.getHeight());
        Theme.install(scene);
        stage.setOnHidden(e -> remember(size, scene));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        OnScreen.keep(stage);
        stage.show();
        return stage;
    }

    /**
     * What the content asks for, measured in the theme's fonts before the window exists, with room for a scroll bar;
     * {@link OnScreen} then fits the window to the screen.
     */
    private static Dimension2D contentSize(Parent content) {
        Scene measuring = new Scene(content); // CSS (fonts, paddings) applies only in a scene
        Theme.install(measuring);
        content.applyCss();
        double width = Math.ceil(content.prefWidth(-1) + SCROLL_BAR);
        Dimension2D size = new Dimension2D(width, Math.ceil(content.prefHeight(width)));
        measuring.setRoot(new Group()); // the window's scene takes the content over
        return size;
    }

    /** A size the agent chose (not the one the window opened at) is the next detail window's. */
    private static void remember(Dimension2D opened, Scene scene) {
        if (Math.abs(scene.getWidth() - opened.getWidth()) > 1 || Math.abs(scene.getHeight() - opened.getHeight()) > 1) {
            lastSize = new Dimension2D(scene.getWidth(), scene.getHeight());
        }
    }

    private static void copy(String text) {
        CopyMenu.copy(text);
    }
}
