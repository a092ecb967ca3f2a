package backoffice.app.ui;

import backoffice.app.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Small helpers every pane's form uses: a labelled field with its error line and a ControlsFX decoration. */
public final class Forms {

    private Forms() {
    }

    /** A caption above a field; the field's error (from the view model) below it and as a decoration on it. */
    public static VBox field(String caption, Control input, ObservableValue<String> errorOrNull,
                             ValidationSupport validation) {
        ObservableValue<String> error = errorOrNull == null ? new ReadOnlyStringWrapper()
                : errorOrNull;
        Label label = new Label(caption);
        label.setLabelFor(input);
        Label problem = new Label();
        problem.getStyleClass().add(Css.FIELD_ERROR);
        problem.setWrapText(true);
        if (input.getId() != null) {
            problem.setId(input.getId() + "Error");
        }
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> error.getValue() == null ? "" : error.getValue(), error));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        if (validation != null) {
            validation.registerValidator(input, false, (Validator<Object>) (c, v) ->
                    ValidationResult.fromMessageIf(c, error.getValue(), Severity.ERROR, error.getValue() != null));
            error.addListener((o, a, b) -> validation.revalidate(input));
        }
        return new VBox(4, label, input, problem);
    }

    /** As {@link #field}, the caption left of the field (one line in a toolbar); the error under both. */
    public static VBox inlineField(String caption, Control input, ObservableValue<String> errorOrNull,
                                   ValidationSupport validation) {
        VBox box = field(caption, input, errorOrNull, validation);
        Node label = box.getChildren().remove(0);
        box.getChildren().remove(input);
        HBox line = new HBox(6, label, input);
        line.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(0, line);
        return box;
    }

    /** A row of fields and buttons that wraps onto the next line when the window is narrow (nothing is cut). */
    public static FlowPane toolbar(Node... items) {
        FlowPane row = new FlowPane(10, 8, items);
        row.setPrefWrapLength(400);
        row.setMinWidth(0);
        row.getStyleClass().add("toolbar-row");
        return row;
    }

    /** A line of muted help text. */
    public static Node hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Css.PANE_HINT);
        return l;
    }

    /** The pane's title. */
    public static Node title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.PANE_TITLE);
        return l;
    }

    /** A small spinner shown while {@code busy} ({@link BusyIndicator}). */
    public static BusyIndicator spinner(ObservableValue<Boolean> busy) {
        return new BusyIndicator(busy);
    }

    /** A text column titled by a message key, showing {@code value} of each row. */
    public static <T> TableColumn<T, String> column(String key,
            Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(
                Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A wrapping label in a style (warning, success…) bound to a text. */
    public static Label line(String id, ObservableValue<String> text, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styles);
        l.textProperty().bind(text);
        return l;
    }
}
