package backoffice.app.transactions;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.transactions.TransactionDetail.Field;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.OnScreen;
import backoffice.app.ui.Theme;
import backoffice.client.model.InstrumentId;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window with every field of one transaction, labelled; ids selectable with a copy button; the whole row copyable. */
public final class TransactionDetailView {

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
            TextField value = new TextField(f.value());
            value.setEditable(false);
            value.getStyleClass().add(Styles.FLAT);
            value.setPrefColumnCount(Math.min(40, Math.max(12, f.value().length())));
            grid.addRow(row++, label, value);
            if (f.copy()) {
                Button copy = new Button(Messages.get("detail.copy"));
                copy.getStyleClass().add(Styles.SMALL);
                copy.setOnAction(e -> copy(f.value()));
                grid.add(copy, 2, row - 1);
            }
            if (f.opens() != null && open != null) {
                Button go = new Button(Messages.get(f.opens().isCard() ? "detail.openCard"
                        : "detail.openAccount"));
                go.setId("detailOpen-" + (row - 1));
                go.getStyleClass().add(Styles.SMALL);
                go.setOnAction(e -> {
                    stage.close();
                    open.accept(f.opens());
                });
                grid.add(go, 3, row - 1);
            }
        }
        Button all = new Button(Messages.get("detail.copyAll"));
        all.setId("copyTransaction");
        all.setOnAction(e -> copy(TransactionDetail.asText(fields)));
        VBox box = new VBox(12, new ScrollPane(grid), all);
        box.getStyleClass().add("transaction-detail");
        stage.initOwner(owner);
        stage.setTitle(Messages.get("detail.title"));
        Scene scene = new Scene(box);
        Theme.install(scene);
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

    private static void copy(String text) {
        CopyMenu.copy(text);
    }
}
