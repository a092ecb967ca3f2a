package backoffice.bench;

import backoffice.app.ui.DialogService;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Notifier;
import java.nio.file.Path;
import java.util.Optional;

/** The benchmarks' agent: confirms everything, prints failures, opens no files, saves into {@link #saveFolder}. */
final class QuietDialogs implements DialogService, Notifier {

    /** Where "save as" answers (with the suggested name); null = the agent cancels. */
    volatile Path saveFolder;

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        return true;
    }

    @Override
    public void showError(String title, ErrorReport report) {
        System.err.println(report.sentence());
    }

    @Override
    public void showInfo(String title, String text) {
    }

    @Override
    public Optional<String> askText(String title, String question, String prompt) {
        return Optional.empty();
    }

    @Override
    public Optional<String> askCheckedText(String title, String question, String prompt,
                                           java.util.function.Function<String, String> problem) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern) {
        return Optional.ofNullable(saveFolder).map(f -> f.resolve(suggestedName));
    }

    @Override
    public void info(String text) {
    }

    @Override
    public void warn(String text) {
    }
}
