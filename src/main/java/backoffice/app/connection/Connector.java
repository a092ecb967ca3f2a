package backoffice.app.connection;

import backoffice.app.Connection;
import backoffice.app.FeeSchedule;
import backoffice.app.Messages;
import backoffice.app.settings.EnvironmentKind;
import backoffice.client.BackOfficeClient;
import backoffice.client.error.NotFoundException;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.SandboxServer;
import java.net.URI;
import java.util.Locale;

/**
 * Builds the client for an environment and proves the api-key works before it is kept: it asks for a token for
 * identity 0, which a valid key answers with 404 (no such identity) and a wrong key with 401. Nothing is created.
 */
public final class Connector {

    private final EmbeddedSandbox embedded;

    public Connector(EmbeddedSandbox embedded) {
        this.embedded = embedded;
    }

    public Connection connectEmbedded() {
        SandboxServer server = embedded.ensureStarted();
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(server.rootUrl()).apiKey(server.apiKey()).build();
        var programme = server.state().programmeByKey(server.apiKey()).orElseThrow();
        FeeSchedule fees = new FeeSchedule(programme.transferProfileId(), programme.transferFees(),
                programme.customFees());
        return new Connection(EnvironmentKind.EMBEDDED, server.rootUrl(), Messages.get("env.embedded"), client, fees);
    }

    /** Connects to Weavr's sandbox or a custom URL; throws the client's exception when the key is refused. */
    public Connection connectRemote(EnvironmentKind kind, String rootUrl, String apiKey) {
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(rootUrl).apiKey(apiKey).build();
        try {
            client.impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, "0"));
        } catch (NotFoundException expected) {
            // the key was accepted; identity 0 simply does not exist
        }
        String label = kind == EnvironmentKind.WEAVR_SANDBOX ? Messages.get("env.weavrSandbox")
                : Messages.get("env.custom", rootUrl);
        return new Connection(kind, rootUrl, label, client);
    }

    /** Null when the URL is usable, else why not. */
    public static String validateUrl(String url) {
        if (url == null || url.isBlank()) {
            return Messages.get("connection.urlRequired");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Messages.get("connection.urlInvalid");
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return Messages.get("connection.urlInvalid");
        }
    }

    /** The keychain account under which an environment's api-key is kept. */
    public static String keyAccount(String rootUrl) {
        return "api-key@" + rootUrl.trim().replaceAll("/+$", "");
    }
}
