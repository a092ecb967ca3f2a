package backoffice.app.workspace;

import backoffice.app.workspace.KnownInstrument.Kind;
import backoffice.app.workspace.KnownInstrument.Source;
import backoffice.client.BackOfficeClient;
import backoffice.client.error.ApiException;
import backoffice.client.json.Json;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.ManagedAccount;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.Transfer;
import backoffice.client.page.Pages;
import backoffice.client.page.ParallelPages;
import backoffice.client.statements.StatementQuery;
import backoffice.client.transfers.TransferFilter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an identity's cards and accounts, since the API cannot list them: the sources and destinations of all its
 * transfers, the instruments named in its bulk operations, the cards named in the newest page of each account's
 * statement, and what was known before; then reads every one of them ({@link #CONCURRENCY} at a time). No JavaFX:
 * it runs in a background task. The list can still miss an instrument that never moved money and was never opened.
 */
public final class InstrumentDiscovery {

    /** Reads in flight. */
    public static final int CONCURRENCY = 8;
    /** Operations read per bulk (a bulk may hold 10,000; its first page names the instruments it works on). */
    static final int BULK_OPERATIONS_READ = 100;
    /** The newest transfers kept for quick find. */
    static final int RECENT_TRANSFERS = 50;
    private static final Pattern CARD_PATH = Pattern.compile("managed_cards/([0-9]+)");

    /** What discovery found: one row per instrument (read or not), the identity's newest transfers and its bulks. */
    public record Result(List<InstrumentRow> rows, List<Transfer> recentTransfers, List<BulkProcess> bulks) {
    }

    private final long now;

    public InstrumentDiscovery(long now) {
        this.now = now;
    }

    public Result discover(BackOfficeClient client, Collection<KnownInstrument> known) {
        Map<String, KnownInstrument> found = new LinkedHashMap<>();
        known.forEach(k -> found.put(k.id(), k));
        List<Transfer> transfers = new ArrayList<>();
        ParallelPages.fetchAll((o, l) -> client.transfers().list(TransferFilter.NONE, o, l),
                (o, l) -> client.transfers().list(TransferFilter.NONE, o, l), Pages.MAX_LIMIT, CONCURRENCY,
                page -> transfers.addAll(page.items()), () -> false);
        for (Transfer t : transfers) {
            add(found, t.source(), Source.TRANSFERS);
            add(found, t.destination(), Source.TRANSFERS);
        }
        List<BulkProcess> bulks = Pages.all((o, l) -> client.bulks().list(null, o, l), Pages.MAX_LIMIT).toList();
        bulkInstruments(client, bulks).forEach(id -> add(found, id, Source.BULKS));
        Map<String, InstrumentRow> rows = readAll(client, found.values());
        List<String> accounts = rows.values().stream().filter(r -> r.known().kind() == Kind.ACCOUNT
                && !r.balance().isEmpty()).map(r -> r.known().id()).toList();
        List<KnownInstrument> fromStatements = new ArrayList<>();
        for (List<String> cards : inParallel(accounts, id -> cardsInNewestStatementPage(client, id))) {
            for (String cardId : cards) {
                KnownInstrument k = found.get(cardId);
                if (k == null || !k.sources().contains(Source.STATEMENTS)) {
                    k = k == null ? blank(Kind.CARD, cardId, Source.STATEMENTS)
                            : k.withSources(EnumSet.of(Source.STATEMENTS));
                    found.put(cardId, k);
                    fromStatements.add(k);
                }
            }
        }
        rows.putAll(readAll(client, fromStatements));
        transfers.sort(Comparator.comparingLong(Transfer::creationTimestamp).reversed());
        return new Result(new ArrayList<>(rows.values()),
                List.copyOf(transfers.subList(0, Math.min(RECENT_TRANSFERS, transfers.size()))), List.copyOf(bulks));
    }

    /** Reads one instrument (used for "add by id" too). */
    public InstrumentRow read(BackOfficeClient client, KnownInstrument k) {
        try {
            if (k.kind() == Kind.CARD) {
                ManagedCard c = client.managedCards().get(k.id());
                return InstrumentRow.of(new KnownInstrument(Kind.CARD, c.id(), c.friendlyName(),
                        c.cardNumberLastFour(), c.currency(), k.sources(), now), c);
            }
            ManagedAccount a = client.managedAccounts().get(k.id());
            return InstrumentRow.of(new KnownInstrument(Kind.ACCOUNT, a.id(), a.friendlyName(), null, a.currency(),
                    k.sources(), now), a);
        } catch (ApiException e) {
            return InstrumentRow.unreadable(k, e.status() + (e.errorCode() != null ? " " + e.errorCode() : ""));
        }
    }

    private Map<String, InstrumentRow> readAll(BackOfficeClient client, Collection<KnownInstrument> todo) {
        Map<String, InstrumentRow> out = new LinkedHashMap<>();
        inParallel(List.copyOf(todo), k -> read(client, k)).forEach(row -> out.put(row.known().id(), row));
        return out;
    }

    /** Applies {@code work} to every item, {@link #CONCURRENCY} at a time; answers in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        List<R> out = new ArrayList<>();
        if (items.isEmpty()) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(CONCURRENCY, items.size()), r -> {
            Thread t = new Thread(r, "discovery");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> pending = new ArrayList<>();
            items.forEach(item -> pending.add(pool.submit(() -> work.apply(item))));
            for (Future<R> f : pending) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Discovery interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<InstrumentId> bulkInstruments(BackOfficeClient client, List<BulkProcess> bulks) {
        List<InstrumentId> ids = new ArrayList<>();
        for (BulkProcess b : bulks) {
            for (BulkOperation op : client.bulks().operations(b.bulkId(), null, 0, BULK_OPERATIONS_READ).items()) {
                Matcher m = CARD_PATH.matcher(op.path() == null ? "" : op.path());
                if (m.find()) {
                    ids.add(InstrumentId.card(m.group(1)));
                }
                JsonNode body = parse(op.requestPayload());
                for (String side : List.of("sourceInstrument", "destinationInstrument", "source", "destination")) {
                    JsonNode n = body.path(side);
                    if (n.hasNonNull("id") && n.hasNonNull("type")) {
                        ids.add(new InstrumentId(InstrumentType.of(n.get("type").asText()), n.get("id").asText()));
                    }
                }
            }
        }
        return ids;
    }

    private static List<String> cardsInNewestStatementPage(BackOfficeClient client, String accountId) {
        List<String> cards = new ArrayList<>();
        for (StatementEntry e : client.statements().page(InstrumentId.account(accountId), StatementQuery.ALL, 0,
                Pages.MAX_LIMIT).entry()) {
            String card = e.additionalFields() == null ? null : e.additionalFields().get("relatedCardId");
            if (card != null && !cards.contains(card)) {
                cards.add(card);
            }
        }
        return cards;
    }

    private void add(Map<String, KnownInstrument> found, InstrumentId id, Source source) {
        if (id == null || id.id() == null) {
            return;
        }
        Kind kind = id.isCard() ? Kind.CARD : Kind.ACCOUNT;
        found.merge(id.id(), blank(kind, id.id(), source), (was, more) -> was.withSources(more.sources()));
    }

    private KnownInstrument blank(Kind kind, String id, Source source) {
        return new KnownInstrument(kind, id, null, null, null, EnumSet.of(source), now);
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? Json.mapper().createObjectNode() : Json.mapper().readTree(json);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }
}
