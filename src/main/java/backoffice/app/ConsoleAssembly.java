package backoffice.app;

import backoffice.app.bulks.BulkListViewModel;
import backoffice.app.bulks.BulkSubmitViewModel;
import backoffice.app.bulks.BulkWatchViewModel;
import backoffice.app.bulks.BulksView;
import backoffice.app.cards.CardsView;
import backoffice.app.cards.CardsViewModel;
import backoffice.app.connection.ConnectionView;
import backoffice.app.connection.ConnectionViewModel;
import backoffice.app.connection.Connector;
import backoffice.app.connection.EmbeddedSandbox;
import backoffice.app.impersonation.ImpersonationView;
import backoffice.app.impersonation.ImpersonationViewModel;
import backoffice.app.journal.JournalView;
import backoffice.app.journal.JournalViewModel;
import backoffice.app.quickfind.QuickFindView;
import backoffice.app.quickfind.QuickFindViewModel;
import backoffice.app.settings.AppDirs;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.shell.PaneId;
import backoffice.app.spendrules.SpendRulesView;
import backoffice.app.spendrules.SpendRulesViewModel;
import backoffice.app.shell.ShellView;
import backoffice.app.shell.ShellViewModel;
import backoffice.app.statements.ExportSigning;
import backoffice.app.statements.KeyTrust;
import backoffice.app.statements.ReviewView;
import backoffice.app.statements.ReviewViewModel;
import backoffice.app.statements.StatementsView;
import backoffice.app.statements.StatementsViewModel;
import backoffice.app.task.FxScheduler;
import backoffice.app.task.Scheduler;
import backoffice.app.task.TaskRunner;
import backoffice.app.transfers.FeeFormViewModel;
import backoffice.app.transfers.TransferFormViewModel;
import backoffice.app.transfers.TransferListViewModel;
import backoffice.app.transfers.TransfersView;
import backoffice.app.ui.DialogService;
import backoffice.app.ui.FxNotifier;
import backoffice.app.users.KnownUsersStore;
import backoffice.app.users.UsersView;
import backoffice.app.users.UsersViewModel;
import backoffice.app.workspace.CallViewModel;
import backoffice.app.workspace.IdentityLabels;
import backoffice.app.workspace.IdentityMemory;
import backoffice.app.workspace.WorkspaceMemory;
import backoffice.app.workspace.WorkspaceView;
import backoffice.app.workspace.WorkspaceViewModel;
import backoffice.credentials.CredentialStore;
import backoffice.journal.Journal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;

/**
 * Wires the console: session, audit log, view models and the shell with its panes. The application and the UI
 * tests build it the same way; only the doors out (runner, dialogs, keychain) differ.
 */
public final class ConsoleAssembly {

    private final ConsoleSession session;
    private final ConnectionViewModel connection;
    private final ShellViewModel shellViewModel;
    private final ShellView shell;
    private final ReviewViewModel review;
    private final WorkspaceViewModel workspace;
    private final CallViewModel call;
    private final QuickFindViewModel quickFind;

    public ConsoleAssembly(AppDirs dirs, Settings settings, TaskRunner runner, DialogService dialogs,
                           EmbeddedSandbox embedded, Supplier<CredentialStore> keychain, Runnable quit) {
        FxNotifier notifier = new FxNotifier();
        session = new ConsoleSession(runner, dialogs, notifier, new SettingsStore(dirs.settingsFile()), settings);
        session.setAudit(new AuditLog(new Journal(dirs.journalFile()), runner, Clock.systemUTC(),
                session::environmentLabel, session::identityLabel));
        connection = new ConnectionViewModel(session, new Connector(embedded), keychain);
        Map<PaneId, Supplier<Parent>> panes = new EnumMap<>(PaneId.class);
        panes.put(PaneId.CONNECTION, () -> new ConnectionView(connection));
        var memory = new IdentityMemory<>(dirs.data(),
                WorkspaceMemory.KIND, WorkspaceMemory.class);
        workspace = new WorkspaceViewModel(session, memory, Clock.systemDefaultZone());
        call = new CallViewModel(session, Clock.systemDefaultZone());
        ImpersonationViewModel impersonation = new ImpersonationViewModel(session);
        IdentityLabels.follow(session, memory, impersonation.labels());
        panes.put(PaneId.IMPERSONATION, () -> new ImpersonationView(impersonation,
                new WorkspaceView(workspace, call)));
        panes.put(PaneId.CARDS, () -> new CardsView(new CardsViewModel(session)));
        // built ahead while the agent is idle (PaneWarmup): it reads the current card's rules once shown, not before
        panes.put(PaneId.SPEND_RULES, () -> new SpendRulesView(new SpendRulesViewModel(session,
                shown(PaneId.SPEND_RULES))));
        panes.put(PaneId.TRANSFERS, () -> new TransfersView(new TransferFormViewModel(session,
                workspace.allRows()), new FeeFormViewModel(session, workspace.allRows()),
                new TransferListViewModel(session)));
        panes.put(PaneId.BULKS, () -> bulks(session, new FxScheduler(), shown(PaneId.BULKS)));
        var signing = new ExportSigning(keychain);
        review = new ReviewViewModel(session, signing,
                new KeyTrust(dirs.config()));
        panes.put(PaneId.STATEMENTS, () -> new StatementsView(
                new StatementsViewModel(session, new FxScheduler(), signing,
                        Clock.systemUTC())));
        panes.put(PaneId.REVIEW, () -> new ReviewView(review));
        panes.put(PaneId.USERS, () -> new UsersView(new UsersViewModel(
                session, new KnownUsersStore(dirs.data().resolve("known-users.json")))));
        panes.put(PaneId.JOURNAL, () -> new JournalView(new JournalViewModel(session)));
        shellViewModel = new ShellViewModel(session);
        shell = new ShellView(shellViewModel, panes, notifier.lastProperty(), quit,
                () -> dialogs.showInfo(Messages.get("about.title"), Messages.get("about.text", version())),
                text -> dialogs.showInfo(Messages.get("menu.shortcuts"), text));
        notifier.setFlash(shell::flash);
        quickFind = new QuickFindViewModel(session, workspace, memory,
                impersonation::impersonateRecent, () -> shellViewModel.select(PaneId.TRANSFERS));
        shell.addOverlay(new QuickFindView(quickFind), Messages.get("quickfind.menu"),
                KeyCombination.keyCombination("Shortcut+K"), quickFind::show);
        session.openRequestProperty().addListener((o, a, now) -> shellViewModel.select(now.opensCards() ? PaneId.CARDS
                : PaneId.STATEMENTS));
        session.bulkRequestProperty().addListener((o, a, now) -> {
            if (now != null) {
                shellViewModel.select(PaneId.BULKS);
            }
        });
        connection.errorProperty().addListener((o, a, now) -> {
            if (now != null) {
                shellViewModel.select(PaneId.CONNECTION);
            }
        });
    }

    /** Whether {@code pane} is the one shown: its view model calls the API from the first time it is. */
    private ObservableBooleanValue shown(PaneId pane) {
        return shellViewModel.selectedProperty().isEqualTo(pane);
    }

    private static Parent bulks(ConsoleSession session, Scheduler scheduler, ObservableBooleanValue shown) {
        BulkListViewModel list = new BulkListViewModel(session, shown);
        BulkWatchViewModel watch = new BulkWatchViewModel(session, scheduler, Clock.systemUTC());
        BulkSubmitViewModel submit = new BulkSubmitViewModel(session, submitted -> {
            list.refresh();
            watch.watch(submitted.bulkId());
        });
        return new BulksView(list, watch, submit);
    }

    /** The version in the jar's manifest (set by Maven), or "dev" when run from classes. */
    public static String version() {
        String v = ConsoleAssembly.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public ConsoleSession session() {
        return session;
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public ShellViewModel shellViewModel() {
        return shellViewModel;
    }

    /** The offline review (opened from the command line with {@code --review FILE}). */
    public ReviewViewModel review() {
        return review;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public CallViewModel call() {
        return call;
    }

    public QuickFindViewModel quickFind() {
        return quickFind;
    }

    public ShellView shell() {
        return shell;
    }
}
