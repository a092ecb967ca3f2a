package backoffice.app.ui;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker that accepts what an agent types ({@link DateInput}: ISO or the locale's format), shows ISO, and
 * never throws: text that is not a date leaves the value as it was and says why in {@link #errorProperty()},
 * checked as typed. Empty text means no date (no bound).
 */
public final class DateField extends DatePicker {

    private final DateInput input = new DateInput(Locale.getDefault(Locale.Category.FORMAT));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public DateField(String id) {
        setId(id);
        setPromptText("yyyy-mm-dd");
        setEditable(true);
        getStyleClass().add("date-field");
        // wide enough for "yyyy-mm-dd" and a date in any theme's font (140 px cut both to "yyyy-mm-d" at 1024x700)
        getEditor().setPrefColumnCount(8);
        setMinWidth(USE_PREF_SIZE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateInput.show(date);
            }

            @Override
            public LocalDate fromString(String text) {
                DateInput.Parsed parsed = input.parse(text);
                error.set(parsed.error());
                return parsed.error() != null ? getValue() : parsed.date();
            }
        });
        getEditor().textProperty().addListener((o, was, now) -> error.set(input.parse(now).error()));
    }

    /** Why the typed text is not a date; null when it is one or is empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
