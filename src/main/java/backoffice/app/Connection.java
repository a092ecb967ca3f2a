package backoffice.app;

import backoffice.app.settings.EnvironmentKind;
import backoffice.client.BackOfficeClient;

/** The backend the console is connected to: which kind, its root URL, a label for the banner, and the client. */
public record Connection(EnvironmentKind kind, String rootUrl, String label, BackOfficeClient client) {

    public boolean isEmbedded() {
        return kind == EnvironmentKind.EMBEDDED;
    }
}
