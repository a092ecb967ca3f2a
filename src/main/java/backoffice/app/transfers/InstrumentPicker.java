package backoffice.app.transfers;

import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.Ids;
import backoffice.client.model.InstrumentType;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;

/**
 * Account-or-card plus id, a Check button (also on Enter or leaving the field), the summary or the problem. The id
 * is typed or pasted, or chosen among the identity's own instruments: Alt+Down (or ▾) opens the list, typing filters
 * it (last four, name, id), Up/Down move, Enter takes one, Escape closes. Enter in the field otherwise checks an id
 * not read yet, or does what Enter does in the rest of the form ({@code enter}).
 */
final class InstrumentPicker extends VBox {

    private static final double ROW = 30;
    private static final int ROWS_SHOWN = 6;

    private final InstrumentField field;
    private final Runnable check;
    private final TextField id = new TextField();
    private final ListView<InstrumentChoice> list;
    private final Popup popup = new Popup();

    InstrumentPicker(String idPrefix, String caption, InstrumentField field, Runnable check, Runnable enter) {
        super(4);
        this.field = field;
        this.check = check;
        ChoiceBox<InstrumentType> type = new ChoiceBox<>(FXCollections.observableArrayList(
                InstrumentType.MANAGED_ACCOUNTS, InstrumentType.MANAGED_CARDS));
        type.setId(idPrefix + "Type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(InstrumentType t) {
                return t == null ? "" : Messages.get("transfers.type." + t.wire());
            }

            @Override
            public InstrumentType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(field.typeProperty());
        id.setId(idPrefix + "Id");
        id.setPromptText(Messages.get("transfers.idPrompt"));
        id.setPrefColumnCount(16);
        id.textProperty().bindBidirectional(field.idProperty());
        id.setOnAction(e -> {
            if (field.hasValidId() && field.summaryProperty().get() == null) {
                if (!field.busyProperty().get()) {
                    check.run();
                }
            } else {
                enter.run();
            }
        });
        id.focusedProperty().addListener((o, was, now) -> {
            if (!now && !popup.isShowing() && field.hasValidId() && field.summaryProperty().get() == null) {
                check.run();
            }
        });
        list = choices(idPrefix);
        id.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInField);
        id.textProperty().addListener((o, a, now) -> filtered(now));
        Button choose = new Button("\u25be");
        choose.setId(idPrefix + "Choose");
        choose.setFocusTraversable(false); // the keyboard's way is Alt+Down in the field
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setTooltip(new Tooltip(Messages.get("transfers.choose")));
        choose.setOnAction(e -> {
            id.requestFocus();
            open();
        });
        Button button = new Button(Messages.get("transfers.check"));
        button.setId(idPrefix + "Check");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(field.busyProperty());
        button.setOnAction(e -> check.run());
        Label summary = new Label();
        summary.setId(idPrefix + "Summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> field.summaryProperty().get() == null ? ""
                : field.summaryProperty().get().label(), field.summaryProperty()));
        Label problem = new Label();
        problem.setId(idPrefix + "Error");
        problem.setWrapText(true);
        problem.getStyleClass().add(Css.FIELD_ERROR);
        problem.textProperty().bind(Bindings.createStringBinding(() -> field.errorProperty().get() == null ? ""
                : field.errorProperty().get(), field.errorProperty()));
        type.setPrefWidth(130); // "Prepaid card" and the arrow; both sides fit side by side at 1366 px
        type.setMinWidth(Region.USE_PREF_SIZE);
        id.setMinWidth(120);
        HBox.setHgrow(id, Priority.ALWAYS);
        for (Label l : new Label[] {summary, problem}) {
            l.setMinWidth(1); // long text wraps in the picker's width instead of widening it
            l.setPrefWidth(1);
            l.setMaxWidth(Double.MAX_VALUE);
            l.managedProperty().bind(l.textProperty().isNotEmpty()); // no empty line's gap
        }
        getChildren().addAll(new Label(caption), new HBox(6, type, id, choose, button), summary, problem);
    }

    /** The id field, where Enter on an invalid form puts the focus. */
    TextField idField() {
        return id;
    }

    private ListView<InstrumentChoice> choices(String idPrefix) {
        ListView<InstrumentChoice> l = new ListView<>(field.choices());
        l.setId(idPrefix + "Choices");
        l.setFocusTraversable(false);
        l.setFixedCellSize(ROW);
        l.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // text is cut with "…" at the list's width: no sideways scrolling
            }

            @Override
            protected void updateItem(InstrumentChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
        l.setPlaceholder(new Label(Messages.get("transfers.choice.none")));
        l.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> ROW * Math.max(1,
                Math.min(ROWS_SHOWN, field.choices().size())) + 4, field.choices()));
        l.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && l.getSelectionModel().getSelectedItem() != null) {
                take(l.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(l);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        return l;
    }

    private void keyInField(KeyEvent e) {
        if ((e.isAltDown() && e.getCode() == KeyCode.DOWN) || e.getCode() == KeyCode.F4) {
            if (popup.isShowing()) {
                popup.hide();
            } else {
                open();
            }
            e.consume();
            return;
        }
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> {
                InstrumentChoice c = list.getSelectionModel().getSelectedItem();
                if (c == null) {
                    popup.hide();
                    return; // Enter as if no list were open
                }
                take(c);
            }
            case ESCAPE -> popup.hide();
            case TAB -> {
                popup.hide();
                return;
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** As the agent types: the list filters; it opens when something matches, closes when nothing does. */
    private void filtered(String typed) {
        if (!id.isFocused()) {
            return;
        }
        boolean exact = field.choices().size() == 1
                && field.choices().get(0).id().id().equals(Ids.normalise(typed));
        if (typed == null || typed.isBlank() || field.choices().isEmpty() || exact) {
            popup.hide();
        } else if (!popup.isShowing()) {
            open();
        } else {
            list.getSelectionModel().selectFirst();
        }
    }

    private void open() {
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        Bounds b = id.localToScreen(id.getBoundsInLocal());
        list.setPrefWidth(Math.max(560, b.getWidth()));
        list.getSelectionModel().selectFirst();
        popup.show(id, b.getMinX(), b.getMaxY() + 2);
    }

    private void move(int by) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = Math.floorMod((at < 0 ? (by > 0 ? -1 : 0) : at) + by, n);
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    private void take(InstrumentChoice c) {
        popup.hide();
        field.pick(c);
        id.end();
        check.run();
    }
}
