package backoffice.sandbox.routes;

import backoffice.client.json.Json;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Ids;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Route;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SyntaxErrors;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Fees;
import backoffice.sandbox.http.IdempotencyStore;
import backoffice.sandbox.store.Instrument;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.Transfers;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Money movement (§6): {@code POST /transfers} and {@code POST /fees/charge} (plus its deprecated corporate and
 * consumer twins), both idempotent by {@code idempotency-ref}; {@code GET /transfers} with every filter, newest
 * first; {@code GET /transfers/{id}}.
 */
public final class MoneyRoutes {

    private final SandboxState state;
    private final Auth auth;
    private final Transfers transfers;
    private final Fees fees;
    private final IdempotencyStore idempotency;

    public MoneyRoutes(SandboxState state, Auth auth, IdempotencyStore idempotency) {
        this.state = state;
        this.auth = auth;
        this.transfers = new Transfers(state);
        this.fees = new Fees(state);
        this.idempotency = idempotency;
    }

    public void register(Router router, String base) {
        router.add("POST", base + "/transfers", this::createTransfer);
        router.add("GET", base + "/transfers", this::listTransfers);
        router.add("GET", base + "/transfers/{id}", this::getTransfer);
        for (String path : List.of("/fees/charge", "/corporates/fees/charge", "/consumers/fees/charge")) {
            Route charge = ex -> chargeFee(ex, path);
            router.add("POST", base + path, path.equals("/fees/charge") ? SyntaxErrors.shaped(charge) : charge);
        }
    }

    private Reply createTransfer(Exchange ex) {
        Caller caller = auth.caller(ex);
        Body body = ex.jsonObject();
        Transfers.Order order = TransferRequests.parse(body);
        return idempotency.run(scope(caller, "POST /transfers"), ex.header("idempotency-ref"), body.node(),
                () -> Reply.ok(transfers.create(caller.identity(), caller.programme(), order)));
    }

    private Reply chargeFee(Exchange ex, String path) {
        Caller caller = auth.caller(ex);
        Body body = ex.jsonObject();
        String feeType = body.text("feeType", true);
        InstrumentId source = TransferRequests.instrument(body, "source");
        body.check();
        return idempotency.run(scope(caller, "POST " + path), ex.header("idempotency-ref"), body.node(),
                () -> Reply.ok(fees.charge(caller.identity(), caller.programme(), feeType, source)));
    }

    private Reply getTransfer(Exchange ex) {
        Caller caller = auth.caller(ex);
        Transfer t = state.transferById(ex.pathId("id")).filter(owned(caller))
                .orElseThrow(() -> SandboxError.notFound("Transfer not found"));
        return Reply.ok(t);
    }

    /** Filters AND together; several {@code state}s OR together; unknown states are ignored; newest first. */
    private Reply listTransfers(Exchange ex) {
        Caller caller = auth.caller(ex);
        Paging paging = Paging.of(ex);
        Body errors = new Body(Json.mapper().createObjectNode());
        Long from = longParam(ex, "createdFrom", errors);
        Long to = longParam(ex, "createdTo", errors);
        errors.check();
        String profileId = ex.queryFirst("profileId");
        // the published filter is the object instrumentId sent form-exploded: id=…&type=…
        String instrument = ex.queryFirst("id");
        String instrumentType = ex.queryFirst("type");
        String tag = ex.queryFirst("tag");
        List<TransferState> wanted = ex.queryAll("state").stream().map(TransferState::of)
                .filter(t -> t != TransferState.UNKNOWN).toList();
        Predicate<Transfer> match = owned(caller)
                .and(t -> profileId == null || profileId.equals(t.profileId()))
                .and(t -> instrument == null || instrument.equals(t.source().id()))
                .and(t -> instrumentType == null || instrumentType.equals(t.source().type().wire()))
                .and(t -> tag == null || tag.equals(t.tag()))
                .and(t -> wanted.isEmpty() || wanted.contains(t.knownState()))
                .and(t -> from == null || t.creationTimestamp() >= from)
                .and(t -> to == null || t.creationTimestamp() <= to);
        List<Transfer> all = state.transfers().stream().filter(match)
                .sorted(Comparator.comparingLong(Transfer::creationTimestamp).thenComparing(Transfer::id).reversed())
                .toList();
        List<Transfer> page = paging.slice(all);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transfer", page);
        body.put("count", all.size());
        body.put("responseCount", page.size());
        return Reply.ok(body);
    }

    /** A transfer belongs to the identity that owns its source. */
    private Predicate<Transfer> owned(Caller caller) {
        return t -> state.instrument(t.source()).map(Instrument::identityId)
                .filter(caller.identity().id()::equals).isPresent();
    }

    private static String scope(Caller caller, String operation) {
        return caller.programme().id() + "/" + caller.identity().id() + "/" + operation;
    }

    private static String firstOf(Exchange ex, String... names) {
        for (String n : names) {
            String v = ex.queryFirst(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static Long longParam(Exchange ex, String name, Body errors) {
        String v = ex.queryFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!Ids.isId(v.trim())) {
            errors.reject(name, "INVALID_TYPE_OR_VALUE", name + " must be epoch milliseconds");
            return null;
        }
        return Long.parseLong(v.trim());
    }
}
