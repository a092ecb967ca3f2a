package backoffice.app.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Notices go to the status bar and flash at the top of the pane area. */
public final class FxNotifier implements Notifier {

    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
    private Consumer<String> flash = text -> { };

    public void setFlash(Consumer<String> value) {
        this.flash = value;
    }

    @Override
    public void info(String text) {
        last.set(text);
        flash.accept(text);
        System.getLogger("backoffice.app").log(System.Logger.Level.INFO, text);
    }

    @Override
    public void warn(String text) {
        last.set("⚠ " + text);
        flash.accept("⚠ " + text);
        System.getLogger("backoffice.app").log(System.Logger.Level.WARNING, text);
    }

    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }
}
