package backoffice.app.ui;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Notices go to the status bar and flash at the top of the pane area. */
public final class FxNotifier implements Notifier {

    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
    private BiConsumer<String, Boolean> flash = (text, stays) -> { };

    /** Where notices flash: the text, and whether it stays until closed (warnings) or fades (information). */
    public void setFlash(BiConsumer<String, Boolean> value) {
        this.flash = value;
    }

    @Override
    public void info(String text) {
        last.set(text);
        flash.accept(text, false);
        System.getLogger("backoffice.app").log(System.Logger.Level.INFO, text);
    }

    @Override
    public void warn(String text) {
        last.set("⚠ " + text);
        flash.accept("⚠ " + text, true);
        System.getLogger("backoffice.app").log(System.Logger.Level.WARNING, text);
    }

    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }
}
