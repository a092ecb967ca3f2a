package backoffice.app.ui;

import backoffice.app.Messages;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A from/to pair of {@link DateField}s bound to a view model's dates, each with its error line, and a menu of the
 * usual ranges (today, yesterday, last 7 days, this month, last month) that fills both.
 */
public final class DateRange extends HBox {

    private final DateField from;
    private Runnable onPreset = () -> { };
    private final DateField to;

    /**
     * @param id         prefix of the ids: {@code <id>From}, {@code <id>To}, {@code <id>Presets}
     * @param rangeError the view model's word on the pair (e.g. "from is after to"), shown under "from"
     * @param today      today's date where the agent is
     */
    public DateRange(String id, String fromCaption, String toCaption, ObjectProperty<LocalDate> fromValue,
                     ObjectProperty<LocalDate> toValue, ObservableValue<String> rangeError,
                     Supplier<LocalDate> today) {
        this(id, fromCaption, toCaption, fromValue, toValue, rangeError, today, false);
    }

    /**
     * {@code inline}: each caption left of its field, so the range takes one line of a toolbar (the Statements pane's
     * filters at 1024x700); otherwise above it.
     */
    public DateRange(String id, String fromCaption, String toCaption, ObjectProperty<LocalDate> fromValue,
                     ObjectProperty<LocalDate> toValue, ObservableValue<String> rangeError,
                     Supplier<LocalDate> today, boolean inline) {
        super(10);
        from = new DateField(id + "From");
        to = new DateField(id + "To");
        from.valueProperty().bindBidirectional(fromValue);
        to.valueProperty().bindBidirectional(toValue);
        ObservableValue<String> fromError = Bindings.createStringBinding(() -> from.errorProperty().get() != null
                ? from.errorProperty().get() : rangeError == null ? null : rangeError.getValue(),
                rangeError == null ? new Observable[] {from.errorProperty()}
                        : new Observable[] {from.errorProperty(), rangeError});
        MenuButton presets = new MenuButton();
        presets.setId(id + "Presets");
        presets.setMinWidth(USE_PREF_SIZE);
        // the button names the preset the dates are (or "Range"), so a preset chosen leaves a trace
        presets.textProperty().bind(Bindings.createStringBinding(() -> presetName(fromValue.get(), toValue.get(),
                today.get()), fromValue, toValue));
        for (DatePresets preset : DatePresets.values()) {
            MenuItem item = new MenuItem(Messages.get(preset.key()));
            item.setId(id + "Preset-" + preset.name());
            item.setOnAction(e -> {
                DatePresets.Range r = preset.range(today.get());
                fromValue.set(r.from());
                toValue.set(r.to());
                onPreset.run();
            });
            presets.getItems().add(item);
        }
        VBox fromBox = inline ? Forms.inlineField(fromCaption, from, fromError, null)
                : Forms.field(fromCaption, from, fromError, null);
        VBox toBox = inline ? Forms.inlineField(toCaption, to, to.errorProperty(), null)
                : Forms.field(toCaption, to, to.errorProperty(), null);
        for (VBox box : new VBox[] {fromBox, toBox}) {
            box.setMaxWidth(inline ? 260 : 220);
        }
        getChildren().addAll(fromBox, toBox, inline ? presets : new VBox(4, new Label(" "), presets));
    }

    /** The name of the preset whose range the dates are today, "Range" when both are open, else "Custom range". */
    static String presetName(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return Messages.get("date.presets");
        }
        for (DatePresets preset : DatePresets.values()) {
            DatePresets.Range r = preset.range(today);
            if (r.from().equals(from) && r.to().equals(to)) {
                return Messages.get(preset.key());
            }
        }
        return Messages.get("date.presetCustom");
    }

    public DateField from() {
        return from;
    }

    public DateField to() {
        return to;
    }

    /**
     * Takes what is typed in both fields as their values now. A date picker takes its text only when it loses the
     * focus or gets its own Enter: From and To typed, then Enter, loaded the old From (a walk-through; the export
     * said "start_…"). Whatever acts on the range commits it first.
     */
    public void commit() {
        from.commitValue();
        to.commitValue();
    }

    /**
     * What Enter in either field does, after taking its text: the date picker keeps its own Enter (it only takes the
     * text), so the pane's default button never saw it: From and To typed and Enter loaded nothing, the old rows
     * stayed under "Dates changed - Load to apply" (a walk-through).
     */
    public void setOnEnter(Runnable action) {
        for (DateField f : new DateField[] {from, to}) {
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !f.isShowing()) {
                    e.consume();
                    commit();
                    action.run();
                }
            });
        }
    }

    /** What choosing a preset does once it has set both dates (nothing by default). */
    public void setOnPreset(Runnable action) {
        this.onPreset = action;
    }
}
