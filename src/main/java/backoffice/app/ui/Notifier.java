package backoffice.app.ui;

/** Short, non-modal notices (a toast in the corner and the status bar). */
public interface Notifier {

    void info(String text);

    void warn(String text);
}
