package backoffice.sandbox.routes;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Faults;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.AuthorisedUser;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.Forex;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.Purchases;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.Transfers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The sandbox's own admin face under {@code /sandbox}: create programmes, identities, users, accounts and cards,
 * move money in, simulate purchases and processor state changes, reset, and switch fault injection. Every route
 * takes the built-in programme's api-key.
 */
public final class AdminRoutes {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern MCC = Pattern.compile("^[0-9]{4}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private final SandboxState state;
    private final Auth auth;
    private final Purchases purchases;
    private final AtomicReference<Faults> faults;
    private final Consumer<String> reseed;
    private final String builtInKey;
    private final AdminCardRoutes cards;

    public AdminRoutes(SandboxState state, Auth auth, AtomicReference<Faults> faults, Consumer<String> reseed,
                       String builtInKey) {
        this.state = state;
        this.auth = auth;
        this.purchases = new Purchases(state);
        this.faults = faults;
        this.reseed = reseed;
        this.builtInKey = builtInKey;
        this.cards = new AdminCardRoutes(state, this::admin);
    }

    public void register(Router router, String base) {
        router.add("GET", base + "/programme", this::programme);
        router.add("POST", base + "/programmes", this::createProgramme);
        router.add("POST", base + "/identities", this::createIdentity);
        router.add("POST", base + "/identities/{id}/users", this::createUser);
        router.add("POST", base + "/managed_accounts", this::createAccount);
        router.add("POST", base + "/deposits", this::deposit);
        router.add("POST", base + "/card_purchases", this::cardPurchase);
        cards.register(router, base);
        router.add("POST", base + "/transfers/{id}/state", this::transferState);
        router.add("POST", base + "/reset", this::reset);
        router.add("PUT", base + "/faults", this::setFaults);
    }

    /** Admin routes take the built-in programme's key only; another programme's key → 403. */
    private Programme admin(Exchange ex) {
        Programme p = auth.programme(ex);
        if (!p.apiKey().equals(builtInKey)) {
            throw SandboxError.status(403);
        }
        return p;
    }

    private Reply programme(Exchange ex) {
        Programme p = admin(ex);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiKey", p.apiKey());
        body.put("transferProfileId", p.transferProfileId());
        body.put("currencies", p.currencies());
        body.put("fees", p.feeTable());
        return Reply.ok(body);
    }

    private Reply createProgramme(Exchange ex) {
        Programme builtIn = admin(ex);
        Body body = ex.jsonObject();
        String name = body.text("name", true);
        body.check();
        String key = "key-" + UUID.randomUUID();
        state.addProgramme(new Programme(state.nextId(), name, key, state.nextId(), builtIn.currencies(),
                builtIn.depositFees(), builtIn.transferFees(), builtIn.customFees()));
        return Reply.json(201, Map.of("apiKey", key));
    }

    private Reply createIdentity(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        IdentityType type = body.oneOf("type", IdentityType.class, true);
        String name = body.text("name", true);
        String email = body.text("email", false);
        String ccy = currency(body, p, "baseCurrency", false);
        body.check();
        Identity i = state.addIdentity(p.id(), type, name, email, ccy == null ? "EUR" : ccy);
        return Reply.json(201, Map.of("type", i.type(), "id", i.id(), "profileId", i.profileId()));
    }

    private Reply createUser(Exchange ex) {
        Programme p = admin(ex);
        Identity identity = ownIdentity(p, ex.pathId("id"));
        Body body = ex.jsonObject();
        String name = body.text("name", true);
        String surname = body.text("surname", false);
        String email = body.text("email", false);
        body.check();
        var details = new AuthorisedUser.Details(name, surname == null ? "" : surname, email,
                null, null, null);
        return Reply.json(201, Map.of("id", state.addUser(identity, details).id()));
    }

    private Reply createAccount(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        String identityId = body.id("identityId", true);
        String ccy = currency(body, p, "currency", true);
        String name = friendlyName(body);
        String tag = tag(body);
        body.check();
        Identity owner = ownIdentity(p, identityId);
        Account a = state.addAccount(owner, ccy, name, tag, state.now());
        return Reply.json(201, a.toModel());
    }

    private Reply deposit(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        String accountId = body.id("managedAccountId", true);
        Long amount = body.amount("amount", true);
        if (amount != null && amount <= 0) {
            body.reject("amount", "GREATER_THAN_ZERO", "amount must be greater than 0");
        }
        body.check();
        Account account = state.account(accountId).filter(a -> a.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Managed account not found"));
        if (account.state().state() == InstrumentState.State.DESTROYED) {
            throw SandboxError.conflict(ErrorCode.INSTRUMENT_DESTROYED);
        }
        long fee = p.depositFee(account.currency());
        if (amount < fee) {
            throw SandboxError.badRequest("amount", "AT_LEAST", "amount must be at least the deposit fee of " + fee);
        }
        return Reply.json(201, state.deposit(account, amount, fee, state.now()));
    }

    private Reply cardPurchase(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        String cardId = body.id("managedCardId", true);
        Long amount = body.amount("amount", true);
        String ccy = body.matching("currency", CURRENCY, false);
        String merchant = body.text("merchantName", true);
        String mcc = body.matching("merchantCategoryCode", MCC, true);
        String country = body.matching("merchantCountry", COUNTRY, true);
        String merchantId = body.text("merchantId", false);
        String channel = body.oneOf("channel", Set.of("CONTACTLESS", "ATM", "ECOMMERCE", "CHIP"), false);
        body.check();
        Card card = state.card(cardId).filter(c -> c.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Managed card not found"));
        Forex fx = null;
        if (ccy != null && !ccy.equals(card.currency())) {
            if (!Forex.knows(ccy) || !Forex.knows(card.currency())) {
                throw SandboxError.badRequest("currency", "IN", "the sandbox converts only " + Forex.CURRENCIES);
            }
            fx = Forex.convert(amount, ccy, card.currency());
        }
        Purchases.Outcome outcome = purchases.purchase(card, new Purchases.Purchase(fx == null ? amount
                : fx.converted(), merchant, mcc, country, merchantId, channel == null ? "CHIP" : channel), fx,
                state.now());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("approved", outcome.approved());
        if (outcome.declineReason() != null) {
            answer.put("declineReason", outcome.declineReason());
        }
        return Reply.json(201, answer);
    }

    /** What a processor does to a transfer: REJECTED or FAILED; money it moved goes back (see Transfers). */
    private Reply transferState(Exchange ex) {
        Programme p = admin(ex);
        String id = ex.pathId("id");
        Body body = ex.jsonObject();
        TransferState outcome = TransferState.of(body.oneOf("state",
                Set.of(TransferState.REJECTED.name(), TransferState.FAILED.name()), true));
        body.check();
        state.scheduled().runDue();
        Transfer t = state.transferById(id).filter(x -> state.instrument(x.source())
                .filter(i -> i.programmeId().equals(p.id())).isPresent())
                .orElseThrow(() -> SandboxError.notFound("Transfer not found"));
        new Transfers(state).settleAs(t, outcome);
        return Reply.noContent();
    }

    private Reply reset(Exchange ex) {
        admin(ex);
        String seed = "demo";
        if (ex.rawBody().length > 0) {
            Body body = ex.jsonObject();
            String given = body.oneOf("seed", Set.of("demo", "empty"), false);
            body.check();
            seed = given == null ? seed : given;
        }
        reseed.accept(seed);
        return Reply.noContent();
    }

    private Reply setFaults(Exchange ex) {
        admin(ex);
        Body body = ex.jsonObject();
        Long latency = body.integer("latencyMs", false);
        double e503 = probability(body, "error503");
        double drop = probability(body, "drop");
        double dac = probability(body, "dropAfterCommit");
        if (latency != null && (latency < 0 || latency > 60_000)) {
            body.reject("latencyMs", "RANGE", "latencyMs must be 0..60000");
        }
        body.check();
        faults.set(new Faults(latency == null ? 0 : latency, e503, drop, dac));
        return Reply.noContent();
    }

    private static double probability(Body body, String field) {
        var n = body.node().get(field);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isNumber() || n.asDouble() < 0 || n.asDouble() > 1) {
            body.reject(field, "RANGE", field + " must be a number between 0 and 1");
            return 0;
        }
        return n.asDouble();
    }

    private Identity ownIdentity(Programme p, String id) {
        return ownIdentity(state, p, id);
    }

    static Identity ownIdentity(SandboxState state, Programme p, String id) {
        return state.identity(id).filter(i -> i.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Identity not found"));
    }

    static String currency(Body body, Programme p, String field, boolean required) {
        String ccy = body.matching(field, CURRENCY, required);
        if (ccy != null && !p.currencies().contains(ccy)) {
            body.reject(field, "IN", field + " must be one of " + p.currencies());
            return null;
        }
        return ccy;
    }

    static String friendlyName(Body body) {
        String name = body.text("friendlyName", true);
        if (name != null && name.length() > 50) {
            body.reject("friendlyName", "AT_MOST", "friendlyName must be at most 50 characters");
        }
        return name;
    }

    static String tag(Body body) {
        return body.matching("tag", Pattern.compile("^[a-zA-Z0-9_-]{1,50}$"), false);
    }

}
