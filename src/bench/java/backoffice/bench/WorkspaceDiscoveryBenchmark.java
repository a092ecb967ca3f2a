package backoffice.bench;

import backoffice.app.workspace.InstrumentDiscovery;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 17's figure: discovery of a 100-instrument identity. Seeds a fresh corporate through the admin face of a
 * sandbox in its own process (started by {@code workspace-discovery.sh}) with 50 EUR accounts and 50 prepaid cards,
 * joined by 99 transfers from the first account (so every instrument is known only from the transfers), then times
 * {@link InstrumentDiscovery#discover} as the workspace runs it: all transfer pages, the bulks, the newest statement
 * page of every account, and a read of each of the 100 instruments. Median and max of 7 runs after 3 warm-ups.
 */
public final class WorkspaceDiscoveryBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WorkspaceDiscoveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String root = args[0];
        String key = args[1];
        String identity = admin(root, key, "/sandbox/identities", "{\"type\":\"CORPORATE\",\"name\":\"Bench Ltd\"}");
        List<InstrumentId> instruments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            instruments.add(InstrumentId.account(admin(root, key, "/sandbox/managed_accounts", "{\"identityId\":\""
                    + identity + "\",\"currency\":\"EUR\",\"friendlyName\":\"Account " + i + "\"}")));
            instruments.add(InstrumentId.card(admin(root, key, "/sandbox/managed_cards", "{\"identityId\":\""
                    + identity + "\",\"mode\":\"PREPAID_MODE\",\"currency\":\"EUR\",\"friendlyName\":\"Card " + i
                    + "\"}")));
        }
        InstrumentId first = instruments.get(0);
        admin(root, key, "/sandbox/deposits", "{\"managedAccountId\":\"" + first.id() + "\",\"amount\":10000000}");
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(root).apiKey(key).build();
        BackOfficeClient as = client.impersonating(client.impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, identity)).bearer());
        String profile = admin(root, key, null, null);
        for (InstrumentId to : instruments.subList(1, instruments.size())) {
            as.transfers().create(new CreateTransfer(profile, null, first, to, new CurrencyAmount("EUR", 100), null,
                    null), RequestOptions.idempotent("bench-" + to.id()));
        }
        long[] ms = new long[7];
        int found = 0;
        for (int run = -3; run < ms.length; run++) {
            long t0 = System.nanoTime();
            found = new InstrumentDiscovery(System.currentTimeMillis()).discover(as, List.of()).rows().size();
            if (run >= 0) {
                ms[run] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        Arrays.sort(ms);
        System.out.printf("discovery of %d instruments (99 transfers): median %d ms, max %d ms (7 runs)%n", found,
                ms[ms.length / 2], ms[ms.length - 1]);
    }

    /** POSTs to the admin face and answers the created id; with no path, the programme's transfer profile. */
    private static String admin(String root, String key, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + (path == null ? "/sandbox/programme" : path)))
                .header("api-key", key).header("content-type", "application/json");
        HttpResponse<String> r = HTTP.send(path == null ? b.GET().build()
                : b.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = (path == null ? Pattern.compile("\"transferProfileId\"\\s*:\\s*\"([0-9]+)\"") : ID)
                .matcher(r.body());
        return m.find() ? m.group(1) : "";
    }
}
