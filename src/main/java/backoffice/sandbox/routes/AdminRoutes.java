package backoffice.sandbox.routes;

import backoffice.client.model.Address;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Faults;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.Purchases;
import backoffice.sandbox.store.SandboxState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    private static final DateTimeFormatter MMYY = DateTimeFormatter.ofPattern("MMyy").withZone(ZoneOffset.UTC);

    private final SandboxState state;
    private final Auth auth;
    private final Purchases purchases;
    private final AtomicReference<Faults> faults;
    private final Consumer<String> reseed;
    private final String builtInKey;

    public AdminRoutes(SandboxState state, Auth auth, AtomicReference<Faults> faults, Consumer<String> reseed,
                       String builtInKey) {
        this.state = state;
        this.auth = auth;
        this.purchases = new Purchases(state);
        this.faults = faults;
        this.reseed = reseed;
        this.builtInKey = builtInKey;
    }

    public void register(Router router, String base) {
        router.add("GET", base + "/programme", this::programme);
        router.add("POST", base + "/programmes", this::createProgramme);
        router.add("POST", base + "/identities", this::createIdentity);
        router.add("POST", base + "/identities/{id}/users", this::createUser);
        router.add("POST", base + "/managed_accounts", this::createAccount);
        router.add("POST", base + "/managed_cards", this::createCard);
        router.add("POST", base + "/deposits", this::deposit);
        router.add("POST", base + "/card_purchases", this::cardPurchase);
        router.add("POST", base + "/managed_cards/{id}/state", this::cardState);
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
        var details = new backoffice.sandbox.store.AuthorisedUser.Details(name, surname == null ? "" : surname, email,
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

    private Reply createCard(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        String identityId = body.id("identityId", true);
        String mode = body.oneOf("mode", Set.of(ManagedCard.PREPAID, ManagedCard.DEBIT), true);
        String type = body.oneOf("type", Set.of("VIRTUAL", "PHYSICAL"), false);
        String parentId = body.id("parentManagedAccountId", false);
        String ccy = currency(body, p, "currency", false);
        String name = friendlyName(body);
        String nameOnCard = body.text("nameOnCard", false);
        String tag = tag(body);
        String renewal = body.oneOf("renewalType", Set.of(ManagedCard.RENEW, ManagedCard.NO_RENEW), false);
        String userId = body.id("userId", false);
        if (ManagedCard.DEBIT.equals(mode) && parentId == null && body.valid()) {
            body.reject("parentManagedAccountId", "REQUIRED", "a debit card needs its parent account");
        }
        if (ManagedCard.PREPAID.equals(mode) && ccy == null && body.valid()) {
            body.reject("currency", "REQUIRED", "a prepaid card needs a currency");
        }
        body.check();
        Identity owner = ownIdentity(p, identityId);
        if (ManagedCard.DEBIT.equals(mode)) {
            Account parent = state.account(parentId).filter(a -> a.identityId().equals(owner.id()))
                    .orElseThrow(() -> SandboxError.badRequest("parentManagedAccountId", "INVALID_REQUEST",
                            "no account of this identity has that id"));
            ccy = parent.currency();
        }
        Card card = state.addCard(owner, ccy, name, tag, state.now(),
                cardSpec(ThreadLocalRandom.current(), owner, mode, type == null ? "VIRTUAL" : type, parentId,
                        nameOnCard, state.now()));
        ownedBy(card, owner, userId, renewal);
        return Reply.json(201, card.toModel(parentId == null ? null : state.account(parentId).orElse(null)));
    }

    /** Gives a new card to one of the owner's authorised users and sets how it renews, when asked. */
    private void ownedBy(Card card, Identity owner, String userId, String renewal) {
        if (userId != null) {
            state.users().user(userId).filter(u -> u.identityId().equals(owner.id()))
                    .orElseThrow(() -> SandboxError.badRequest("userId", "INVALID_REQUEST",
                            "no authorised user of this identity has that id"));
            card.setUserId(userId);
        }
        if (renewal != null) {
            state.setRenewal(card, renewal);
        }
    }

    /** Invents the printed facts of a new card (a Luhn-valid number whose first six and last four are kept). */
    public static Card.Spec cardSpec(Random rnd, Identity owner, String mode, String type, String parentId,
                                     String nameOnCard, long issuedAt) {
        boolean visa = rnd.nextBoolean();
        String firstSix = visa ? "4" + (10000 + rnd.nextInt(89999)) : "5" + (10000 + rnd.nextInt(89999));
        String lastFour = String.format("%04d", rnd.nextInt(10000));
        String holder = nameOnCard != null ? nameOnCard : owner.name();
        holder = holder.length() > 27 ? holder.substring(0, 27) : holder;
        Address billing = new Address(null, null, "1 Market Street", null, "Valletta", "VLT 1010", null, "MT", null);
        PhysicalCardDetails physical = "PHYSICAL".equals(type)
                ? new PhysicalCardDetails(false, "DEFAULT", "STANDARD", false, "DELIVERED",
                new Address(holder, "", "1 Market Street", null, "Valletta", "VLT 1010", null, "MT", null),
                "STANDARD_DELIVERY")
                : null;
        Instant issued = Instant.ofEpochMilli(issuedAt);
        return new Card.Spec(mode, type, visa ? "VISA" : "MASTERCARD", firstSix, lastFour, holder,
                MMYY.format(issued), MMYY.format(issued.atZone(ZoneOffset.UTC).plusYears(3)),
                owner.type().name(), parentId, billing, physical);
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
            throw SandboxError.conflict("INSTRUMENT_DESTROYED");
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
        if (ccy != null && !ccy.equals(card.currency())) {
            throw SandboxError.badRequest("currency", "IN", "purchases are in the card's currency " + card.currency());
        }
        Purchases.Outcome outcome = purchases.purchase(card, new Purchases.Purchase(amount, merchant, mcc, country,
                merchantId, channel == null ? "CHIP" : channel), state.now());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("approved", outcome.approved());
        if (outcome.declineReason() != null) {
            answer.put("declineReason", outcome.declineReason());
        }
        return Reply.json(201, answer);
    }

    private Reply cardState(Exchange ex) {
        Programme p = admin(ex);
        String id = ex.pathId("id");
        Body body = ex.jsonObject();
        String target = body.oneOf("state", Set.of("BLOCKED", "DESTROYED"), true);
        String reason = body.oneOf("reason", Set.of("SYSTEM", "LOST", "STOLEN", "USER"), true);
        if ("BLOCKED".equals(target) && "STOLEN".equals(reason)) {
            body.reject("reason", "IN", "a stolen card is DESTROYED, not BLOCKED");
        }
        body.check();
        Card card = state.card(id).filter(c -> c.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Managed card not found"));
        InstrumentState next = "BLOCKED".equals(target)
                ? new InstrumentState(InstrumentState.State.BLOCKED, InstrumentState.BlockedReason.valueOf(reason), null)
                : new InstrumentState(InstrumentState.State.DESTROYED, null,
                InstrumentState.DestroyedReason.valueOf(reason));
        state.setState(card, next);
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
        return state.identity(id).filter(i -> i.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Identity not found"));
    }

    private static String currency(Body body, Programme p, String field, boolean required) {
        String ccy = body.matching(field, CURRENCY, required);
        if (ccy != null && !p.currencies().contains(ccy)) {
            body.reject(field, "IN", field + " must be one of " + p.currencies());
            return null;
        }
        return ccy;
    }

    private static String friendlyName(Body body) {
        String name = body.text("friendlyName", true);
        if (name != null && name.length() > 50) {
            body.reject("friendlyName", "SIZE", "friendlyName must be 1..50 characters");
        }
        return name;
    }

    private static String tag(Body body) {
        return body.matching("tag", Pattern.compile("^[a-zA-Z0-9_-]{1,50}$"), false);
    }

}
