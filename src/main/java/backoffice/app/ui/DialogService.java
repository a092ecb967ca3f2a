package backoffice.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** How view models ask the agent something or show a failure; the FX implementation owns the windows. */
public interface DialogService {

    /** Asks a yes/no question; true when the agent confirms. */
    boolean confirm(String title, String question, String confirmLabel);

    /**
     * The same question where saying yes is the risk (send a repeat order, unblock a card): Cancel is the default
     * and focused button, so an Enter or Space pressed once too often answers no.
     */
    default boolean confirmAgainstDefault(String title, String question, String confirmLabel) {
        return confirm(title, question, confirmLabel);
    }

    /** Shows a failure with its sentence, a copyable errorCode + request-ref, and expandable details. */
    void showError(String title, ErrorReport report);

    /** Shows a piece of information (e.g. About). */
    void showInfo(String title, String text);

    /** Asks for a line of text (e.g. a typed confirmation); empty when cancelled. */
    Optional<String> askText(String title, String question, String prompt);

    /**
     * Asks for a line of text until {@code problem} accepts it (answers null) or the agent cancels; a refused answer
     * keeps the dialog open with the sentence {@code problem} gave shown in it. Empty when cancelled.
     */
    Optional<String> askCheckedText(String title, String question, String prompt,
                                    Function<String, String> problem);

    /** Asks for a file to open ({@code patterns} like {@code "*.csv"}); empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String description, String... patterns);

    /** Asks where to save a file, proposing {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern);

    /** The same, the dialog opening in {@code folder} (when it is a folder that exists). */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern,
                                            Path folder) {
        return chooseFileToSave(title, suggestedName, description, pattern);
    }
}
