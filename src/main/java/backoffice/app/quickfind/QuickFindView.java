package backoffice.app.quickfind;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.quickfind.QuickFindIndex.Match;
import backoffice.app.transactions.TransactionDetailView;
import backoffice.app.ui.Forms;
import backoffice.app.ui.NodeTree;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The quick-find box: floats over the pane area; typing filters, Up/Down choose, Enter opens, Esc closes. */
public final class QuickFindView extends StackPane {

    public QuickFindView(QuickFindViewModel vm) {
        setId("quickFind");
        setAlignment(Pos.TOP_CENTER);
        setPickOnBounds(false);
        TextField box = new TextField();
        box.setId("quickFindBox");
        box.setPromptText(Messages.get("quickfind.prompt"));
        box.textProperty().bindBidirectional(vm.queryProperty());
        ListView<Match> list = new ListView<>(vm.results());
        list.setId("quickFindResults");
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(Messages.get("quickfind.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Match m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.title() + "   \u2014   " + m.detail());
            }
        });
        vm.results().addListener((ListChangeListener<Match>) c -> list.getSelectionModel()
                .selectFirst());
        Label message = new Label();
        message.setId("quickFindMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox card = new VBox(6, box, list, message, Forms.spinner(vm.busyProperty()));
        card.getStyleClass().addAll("quick-find", Styles.ELEVATED_2);
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setMargin(card, new Insets(40, 0, 0, 0));
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.hide();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                vm.openStatement(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        vm.transferDetailProperty().addListener((o, a, now) -> {
            if (now != null && getScene() != null) {
                TransactionDetailView.show(getScene().getWindow(), now,
                        vm::openInstrument);
            }
        });
        visibleProperty().bind(vm.showingProperty());
        Node[] before = {null};
        vm.showingProperty().addListener((o, a, now) -> {
            if (now) {
                before[0] = getScene() == null ? null : getScene().getFocusOwner();
                box.requestFocus();
            } else if (before[0] != null && before[0].getScene() == getScene() && NodeTree.shown(before[0])) {
                before[0].requestFocus(); // Escape: back where the agent was (the focus went nowhere: a walk-through)
            }
        });
    }
}
