package backoffice.sandbox.routes;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Ids;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.BulkEngine;
import backoffice.sandbox.store.BulkRecord;
import backoffice.sandbox.http.IdempotencyStore;
import backoffice.sandbox.store.SandboxState;
import static backoffice.sandbox.http.SyntaxErrors.shaped;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Bulk processes (§7): submit transfers or spend-rule updates (1..10,000 items of {@code {pathParams, requestBody}});
 * list, read with counts per operation status, list operations; execute (mode ON_FAILURE_STOP / ON_FAILURE_CONTINUE,
 * default CONTINUE), pause, resume, cancel — a transition the state machine does not allow is 409 INVALID_STATE.
 * Items are checked for shape at submit; each operation is validated when it runs, exactly as the single call.
 */
public final class BulkRoutes {

    public static final int MAX_ITEMS = 10_000;
    /** 10,000 items of a few hundred bytes each: bulk submissions may be up to 16 MiB. */
    public static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Set<String> MODES = Set.of(BulkMode.ON_FAILURE_STOP.name(),
            BulkMode.ON_FAILURE_CONTINUE.name());

    private final SandboxState state;
    private final Auth auth;
    private final BulkEngine engine;
    private final IdempotencyStore idempotency;
    private final LongSupplier pace;

    public BulkRoutes(SandboxState state, Auth auth, BulkEngine engine, IdempotencyStore idempotency,
                      LongSupplier pace) {
        this.state = state;
        this.auth = auth;
        this.engine = engine;
        this.idempotency = idempotency;
        this.pace = pace;
    }

    public void register(Router router, String base) {
        router.add("POST", base + "/bulks/transfers", shaped(ex -> submit(ex, "/transfers", false)), MAX_BODY);
        router.add("PATCH", base + "/bulks/managed_cards/_id_/spend_rules",
                shaped(ex -> submit(ex, "/managed_cards/{id}/spend_rules", true)), MAX_BODY);
        router.add("GET", base + "/bulks", shaped(this::list));
        router.add("GET", base + "/bulks/{bulk_id}", shaped(ex -> Reply.ok(state.bulks().view(owned(ex), true))));
        router.add("GET", base + "/bulks/{bulk_id}/operations", shaped(this::operations));
        router.add("POST", base + "/bulks/{bulk_id}/execute", shaped(this::execute));
        router.add("POST", base + "/bulks/{bulk_id}/pause", shaped(ex -> transition(ex, engine::pause)));
        router.add("POST", base + "/bulks/{bulk_id}/resume", shaped(ex -> transition(ex, engine::resume)));
        router.add("POST", base + "/bulks/{bulk_id}/cancel", shaped(ex -> transition(ex, engine::cancel)));
    }

    private Reply submit(Exchange ex, String template, boolean cardItems) {
        Caller caller = auth.caller(ex);
        JsonNode items = ex.json();
        Body errors = new Body(items);
        if (!items.isArray()) {
            throw SandboxError.badRequest("body", "INVALID_REQUEST", "The body must be a list of operations");
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw SandboxError.badRequest("body", items.isEmpty() ? "AT_LEAST" : "AT_MOST",
                    "A bulk holds 1.." + MAX_ITEMS + " operations");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject() || !item.path("requestBody").isObject()) {
                errors.reject("[" + i + "].requestBody", "REQUIRED", "each operation needs a requestBody object");
            } else if (cardItems && !Ids.isId(item.path("pathParams").path("_id_").asText(null))) {
                errors.reject("[" + i + "].pathParams._id_", "REGEX", "each operation needs the card id in _id_");
            }
        }
        errors.check();
        return idempotency.run(caller.programme().id() + "/" + caller.identity().id() + "/bulk " + template,
                ex.header("idempotency-ref"), items, () -> {
                    BulkRecord bulk = state.bulks().add(new BulkRecord(state.nextId(), caller.identity().id(), template,
                            state.now(), pace.getAsLong()));
                    for (JsonNode item : items) {
                        String path = cardItems ? template.replace("{id}", item.path("pathParams").path("_id_")
                                .asText()) : template;
                        state.bulks().addOp(bulk, cardItems ? "PATCH" : "POST", path, item.path("requestBody").toString());
                    }
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("bulkId", bulk.id());
                    body.put("operationCount", items.size());
                    body.put("path", template);
                    return Reply.json(201, body);
                });
    }

    private Reply list(Exchange ex) {
        Caller caller = auth.caller(ex);
        Paging paging = Paging.of(ex);
        BulkStatus status = BulkStatus.of(ex.queryFirst("status"));
        Predicate<BulkRecord> match = b -> b.identityId().equals(caller.identity().id())
                && (status == BulkStatus.UNKNOWN || b.status() == status);
        List<BulkRecord> all = state.bulks().all().stream().filter(match)
                .sorted(Comparator.comparingLong(BulkRecord::submittedAt).thenComparing(BulkRecord::id).reversed())
                .toList();
        List<BulkProcess> page = paging.slice(all).stream().map(b -> state.bulks().view(b, false)).toList();
        return Reply.ok(paged("bulkProcesses", page, all.size()));
    }

    private Reply operations(Exchange ex) {
        BulkRecord bulk = owned(ex);
        Paging paging = Paging.of(ex);
        String status = ex.queryFirst("status");
        String sequence = ex.queryFirst("sequence");
        List<BulkOperation> all = state.bulks().operations(bulk).stream()
                .filter(o -> status == null || o.status().name().equals(status))
                .filter(o -> sequence == null || String.valueOf(o.sequence()).equals(sequence)).toList();
        return Reply.ok(paged("operations", paging.slice(all), all.size()));
    }

    /** The published document requires a body ({@code {mode, webhookInterval?}}): without one it is a 400. */
    private Reply execute(Exchange ex) {
        BulkRecord bulk = owned(ex);
        Body body = ex.jsonObject();
        BulkMode mode = BulkMode.of(body.oneOf("mode", MODES, true));
        Long interval = body.integer("webhookInterval", false);
        if (interval != null && interval < 0) {
            body.reject("webhookInterval", "AT_LEAST", "webhookInterval must be at least 0");
        }
        body.check();
        if (!engine.execute(bulk, mode)) {
            throw SandboxError.conflict(ErrorCode.INVALID_STATE, "Only a SUBMITTED bulk can be executed (it is "
                    + bulk.status() + ")");
        }
        return Reply.noContent();
    }

    private interface Transition {
        boolean apply(BulkRecord bulk);
    }

    private Reply transition(Exchange ex, Transition t) {
        BulkRecord bulk = owned(ex);
        if (!t.apply(bulk)) {
            throw SandboxError.conflict(ErrorCode.INVALID_STATE, "Not allowed while the bulk is " + bulk.status());
        }
        return Reply.noContent();
    }

    /** The caller's bulk; unknown or another identity's → 404. */
    private BulkRecord owned(Exchange ex) {
        Caller caller = auth.caller(ex);
        return state.bulks().get(ex.pathId("bulk_id")).filter(b -> b.identityId().equals(caller.identity().id()))
                .orElseThrow(() -> SandboxError.notFound("Bulk process not found"));
    }

    private static Map<String, Object> paged(String name, List<?> page, int count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, page);
        body.put("count", count);
        body.put("responseCount", page.size());
        return body;
    }
}
