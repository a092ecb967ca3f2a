package backoffice.app.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the console remembers between runs. Never a secret: the api-key lives in the keychain, tokens in memory.
 * {@code recentIdentities} holds "TYPE:id" strings, newest first. {@code autoStartCall} is never null once built
 * (absent from a file means on).
 */
public record Settings(EnvironmentKind environment, String customUrl, List<String> recentIdentities,
                       WindowLayout window, boolean darkTheme, String lastPane, Boolean autoStartCall,
                       boolean statementChartHidden, boolean statementFiltersShown, String exportFolder) {

    public static final int MAX_RECENT = 10;

    /** Position and size of the main window, and the width of the navigation. */
    public record WindowLayout(double x, double y, double width, double height, boolean maximized) {
    }

    public Settings(EnvironmentKind environment, String customUrl, List<String> recentIdentities,
                    WindowLayout window, boolean darkTheme, String lastPane) {
        this(environment, customUrl, recentIdentities, window, darkTheme, lastPane, true, false, false, null);
    }

    /** Whether the Statements pane folds its balance chart away so the table gets the room. */
    public Settings withStatementChartHidden(boolean hidden) {
        return new Settings(environment, customUrl, recentIdentities, window, darkTheme, lastPane, autoStartCall,
                hidden, statementFiltersShown, exportFolder);
    }

    /** Whether the Statements pane shows its further filters (order, types, options) or keeps them folded. */
    public Settings withStatementFiltersShown(boolean shown) {
        return new Settings(environment, customUrl, recentIdentities, window, darkTheme, lastPane, autoStartCall,
                statementChartHidden, shown, exportFolder);
    }

    /** The folder the agent last saved an export in (its save dialog opens there next time). */
    public Settings withExportFolder(String folder) {
        return new Settings(environment, customUrl, recentIdentities, window, darkTheme, lastPane, autoStartCall,
                statementChartHidden, statementFiltersShown, folder);
    }

    /** Whether impersonating someone starts a call record at once (the workspace's setting). */
    public Settings withAutoStartCall(boolean value) {
        return new Settings(environment, customUrl, recentIdentities, window, darkTheme, lastPane, value,
                statementChartHidden, statementFiltersShown, exportFolder);
    }

    public Settings {
        environment = environment == null ? EnvironmentKind.EMBEDDED : environment;
        recentIdentities = recentIdentities == null ? List.of() : List.copyOf(recentIdentities);
        // a call starts on impersonating unless the agent turned it off: a settings file that never said keeps it on
        autoStartCall = autoStartCall == null || autoStartCall;
    }

    public static Settings defaults() {
        return new Settings(EnvironmentKind.EMBEDDED, null, List.of(), null, false, null);
    }

    public Settings withEnvironment(EnvironmentKind kind, String url) {
        return new Settings(kind, url, recentIdentities, window, darkTheme, lastPane, autoStartCall,
                statementChartHidden, statementFiltersShown, exportFolder);
    }

    /** Moves (or adds) an identity to the front of the recent list, keeping at most {@link #MAX_RECENT}. */
    public Settings withRecentIdentity(String typeAndId) {
        List<String> recent = new ArrayList<>(recentIdentities);
        recent.remove(typeAndId);
        recent.add(0, typeAndId);
        return new Settings(environment, customUrl, recent.subList(0, Math.min(MAX_RECENT, recent.size())), window,
                darkTheme, lastPane, autoStartCall, statementChartHidden, statementFiltersShown, exportFolder);
    }

    public Settings withoutRecentIdentities() {
        return new Settings(environment, customUrl, List.of(), window, darkTheme, lastPane, autoStartCall,
                statementChartHidden, statementFiltersShown, exportFolder);
    }

    public Settings withWindow(WindowLayout layout) {
        return new Settings(environment, customUrl, recentIdentities, layout, darkTheme, lastPane, autoStartCall,
                statementChartHidden, statementFiltersShown, exportFolder);
    }

    public Settings withDarkTheme(boolean dark) {
        return new Settings(environment, customUrl, recentIdentities, window, dark, lastPane, autoStartCall,
                statementChartHidden, statementFiltersShown, exportFolder);
    }

    public Settings withLastPane(String pane) {
        return new Settings(environment, customUrl, recentIdentities, window, darkTheme, pane, autoStartCall,
                statementChartHidden, statementFiltersShown, exportFolder);
    }
}
