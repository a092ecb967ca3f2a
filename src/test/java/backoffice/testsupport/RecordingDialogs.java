package backoffice.testsupport;

import backoffice.app.ui.DialogService;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Notifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A scripted agent: answers confirmations as told and records every dialog and notice. */
public final class RecordingDialogs implements DialogService, Notifier {

    public final List<String> questions = new ArrayList<>();
    public final List<ErrorReport> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    /** The confirm-button labels of confirmations and the instructions next to text boxes, in order. */
    public final List<String> labels = new ArrayList<>();
    public boolean answer = true;
    public String typed;
    /** What the agent types in turn into a checked text dialog (before {@link #typed}); each refusal is recorded. */
    public final Deque<String> tries = new ArrayDeque<>();
    /** The sentences a checked text dialog showed in itself, refusing what was typed. */
    public final List<String> refusals = new ArrayList<>();
    public Path fileToOpen;
    /** The folder a save dialog answers with (the suggested name inside it); null = cancelled. */
    public Path saveFolder;
    /** The folder each save dialog opened in (null: the dialog's own default). */
    public final List<Path> saveDialogFolders = new ArrayList<>();

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        questions.add(question);
        labels.add(confirmLabel);
        return answer;
    }

    @Override
    public void showError(String title, ErrorReport report) {
        errors.add(report);
    }

    @Override
    public void showInfo(String title, String text) {
        notices.add(title + ": " + text);
    }

    @Override
    public Optional<String> askText(String title, String question, String prompt) {
        questions.add(question);
        labels.add(prompt);
        return Optional.ofNullable(typed);
    }

    @Override
    public Optional<String> askCheckedText(String title, String question, String prompt,
                                           Function<String, String> problem) {
        questions.add(question);
        while (!tries.isEmpty()) {
            String attempt = tries.poll();
            String why = problem.apply(attempt);
            if (why == null) {
                return Optional.of(attempt);
            }
            refusals.add(why);
        }
        if (typed == null) {
            return Optional.empty();
        }
        String why = problem.apply(typed);
        if (why != null) {
            refusals.add(why);
            return Optional.empty(); // the agent gave up and cancelled
        }
        return Optional.of(typed);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        questions.add(title);
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description,
                                                         String pattern) {
        return chooseFileToSave(title, suggestedName, description, pattern, null);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern,
                                           Path folder) {
        saveDialogFolders.add(folder);
        questions.add(title);
        return Optional.ofNullable(saveFolder).map(f -> f.resolve(suggestedName));
    }

    @Override
    public void info(String text) {
        notices.add(text);
    }

    @Override
    public void warn(String text) {
        notices.add("WARN " + text);
    }
}
