package backoffice.testsupport;

import backoffice.app.AuditLog;
import backoffice.app.Connection;
import backoffice.app.ConsoleSession;
import backoffice.app.FeeSchedule;
import backoffice.app.Impersonation;
import backoffice.app.settings.AppDirs;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.settings.SettingsStore;
import backoffice.app.task.DirectTaskRunner;
import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.journal.Journal;
import backoffice.sandbox.store.Identity;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A console session for view-model tests: synchronous runner, recorded dialogs, real files (settings are read from
 * the folder, as at a restart), a real sandbox.
 */
public final class SessionKit {

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final AppDirs dirs;
    public final ConsoleSession session;

    public SessionKit(Path root) {
        dirs = new AppDirs(root.resolve("config"), root.resolve("data"), root.resolve("logs"));
        SettingsStore store = new SettingsStore(dirs.settingsFile());
        session = new ConsoleSession(new DirectTaskRunner(), dialogs, dialogs, store, store.load());
        session.setAudit(new AuditLog(new Journal(dirs.journalFile()), session.runner(), Clock.systemUTC(),
                session::environmentLabel, session::identityLabel));
    }

    /** Connects to the sandbox and acts as the identity (token from the sandbox, as the Impersonation pane gets it). */
    public SessionKit impersonating(SandboxFixture sandbox, Identity identity) {
        return impersonating(sandbox, identity, sandbox.client());
    }

    /** The same through {@code client} (one whose retry policy a test chose, say). */
    public SessionKit impersonating(SandboxFixture sandbox, Identity identity,
                                    BackOfficeClient client) {
        connectedTo(sandbox, client);
        var id = new IdentityId(identity.type(), identity.id());
        String token = client.impersonation().accessToken(id).bearer();
        session.impersonationProperty().set(new Impersonation(id, client.impersonating(token)));
        return this;
    }

    /** Connects the session to a sandbox as if it were the embedded one. */
    public SessionKit connectedTo(SandboxFixture sandbox) {
        return connectedTo(sandbox, sandbox.client());
    }

    private SessionKit connectedTo(SandboxFixture sandbox, BackOfficeClient client) {
        var programme = sandbox.server.state().programmeByKey(sandbox.server.apiKey()).orElseThrow();
        session.connectionProperty().set(new Connection(EnvironmentKind.EMBEDDED, sandbox.server.rootUrl(),
                "Embedded sandbox", client, new FeeSchedule(programme.transferProfileId(),
                programme.transferFees(), programme.customFees())));
        return this;
    }
}
