package backoffice.app.connection;

import backoffice.app.Connection;
import backoffice.app.FeeSchedule;
import backoffice.app.Messages;
import backoffice.app.settings.EnvironmentKind;
import backoffice.client.BackOfficeClient;
import backoffice.client.error.ApiException;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.SandboxServer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Builds the client for an environment and proves the api-key works before it is kept: it asks for a token for
 * identity 0. A valid key gets 404 (observed) or the published 403/409 for an unknown identity, a wrong key 401.
 * The answer must come from the Back-Office API itself (a JSON error body and a {@code request-ref}): a wrong base
 * URL answered by some other server's 404 is not taken for a valid key. Nothing is created.
 */
public final class Connector {

    private static final String API_BASE = "/multi/backoffice";

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
        } catch (NotFoundException | ForbiddenException | ConflictException unknownIdentity) {
            if (!fromBackOfficeApi(unknownIdentity)) {
                throw new KeyCheckFailure(Messages.get("connection.notBackOffice", rootUrl), unknownIdentity);
            }
            // the key was accepted; identity 0 simply does not exist
        } catch (UnauthorizedException refused) {
            throw new KeyCheckFailure(Messages.get("connection.keyRefused", rootUrl), refused);
        }
        String label = kind == EnvironmentKind.WEAVR_SANDBOX ? Messages.get("env.weavrSandbox")
                : Messages.get("env.custom", rootUrl);
        return new Connection(kind, rootUrl, label, client);
    }

    /** Whether an error answer is the Back-Office API's own: it has a JSON error body and a request-ref. */
    static boolean fromBackOfficeApi(ApiException answer) {
        return answer.requestRef() != null && (answer.errorCode() != null || answer.serverMessage() != null);
    }

    /**
     * The API root an agent meant, from what was pasted: surrounding blanks and trailing slashes go, and so does a
     * trailing {@code /multi/backoffice} (the API base), since the client adds it itself.
     */
    public static String apiRoot(String pasted) {
        String url = pasted == null ? "" : pasted.strip().replaceAll("/+$", "");
        if (url.toLowerCase(Locale.ROOT).endsWith(API_BASE)) {
            url = url.substring(0, url.length() - API_BASE.length()).replaceAll("/+$", "");
        }
        return url;
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
        } catch (URISyntaxException e) {
            return Messages.get("connection.urlInvalid");
        }
    }

    /** The keychain account under which an environment's api-key is kept. */
    public static String keyAccount(String rootUrl) {
        return "api-key@" + rootUrl.trim().replaceAll("/+$", "");
    }
}
