package backoffice.app;

import backoffice.app.settings.EnvironmentKind;
import backoffice.client.BackOfficeClient;

/**
 * The backend the console is connected to: which kind, its root URL, a label for the banner, the client, and what is
 * known of its fees.
 */
public record Connection(EnvironmentKind kind, String rootUrl, String label, BackOfficeClient client,
                         FeeSchedule fees) {

    public Connection(EnvironmentKind kind, String rootUrl, String label, BackOfficeClient client) {
        this(kind, rootUrl, label, client, FeeSchedule.unknown());
    }

    public boolean isEmbedded() {
        return kind == EnvironmentKind.EMBEDDED;
    }
}
