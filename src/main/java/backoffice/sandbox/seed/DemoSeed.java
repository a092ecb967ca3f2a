package backoffice.sandbox.seed;

import backoffice.client.json.Json;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.BulkRecord;
import backoffice.sandbox.store.AuthorisedUser;
import backoffice.sandbox.store.Card;
import backoffice.client.model.DateOfBirth;
import backoffice.client.model.Mobile;
import backoffice.sandbox.store.CardIssuing;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Instrument;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.Purchases;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.Transfers;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo data set, generated deterministically from a fixed seed: three corporates and three consumers,
 * EUR/GBP/USD accounts, prepaid and debit cards in every state, spend rules on some cards, one account with over
 * 10,000 statement entries across two years, transfers in several states, and bulks SUBMITTED, RUNNING (slowly),
 * PAUSED and COMPLETED; then the cards an agent gets asked about and recent activity ({@link DemoExtras}). Dates are
 * relative to the day the sandbox starts (UTC), and the statements run up to the day before. Merchants come from
 * {@code demo-merchants.csv}.
 */
public final class DemoSeed {

    public static final int BIG_LEDGER_ENTRIES = 10_400;
    /** The first id after the big ledger, whatever its size (it uses about 7,000 ids). */
    static final long AFTER_LEDGER_FIRST_ID = 110_170_049_121_040_001L;
    private static final long SEED = 20_261_121L;
    private static final String CUSTOM_FEE = "PRINTED_CARD_ACCOUNT_STATEMENT";

    private record Merchant(String name, String mcc, String country, long min, long max) {
    }

    private final SandboxState state;
    private final Programme programme;
    private final Random rnd = new Random(SEED);
    private final List<Merchant> merchants = loadMerchants();
    /** The data set's "today": the start of the day the sandbox starts, UTC. */
    private final Instant anchor;
    private long clock;

    private DemoSeed(SandboxState state, Programme programme) {
        this.state = state;
        this.programme = programme;
        this.anchor = startOfDay(state.now());
        this.clock = anchor.minus(Duration.ofDays(730)).toEpochMilli();
    }

    /** Midnight UTC of the day holding {@code millis}. */
    public static Instant startOfDay(long millis) {
        return Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.DAYS);
    }

    /** The built-in programme, with the fee table of Weavr's QA sandbox. */
    public static Programme builtInProgramme(String apiKey) {
        return new Programme("100", "Demo Innovator", apiKey, "110170049100000001", List.of("EUR", "GBP", "USD"),
                Map.of("EUR", 110L, "GBP", 117L, "USD", 120L), Map.of("EUR", 100L, "GBP", 102L, "USD", 105L),
                Map.of(CUSTOM_FEE, Map.of("EUR", 103L, "GBP", 108L, "USD", 110L),
                        "CARD_REPLACEMENT", Map.of("EUR", 500L, "GBP", 450L, "USD", 550L)));
    }

    /** Loads the demo data set into an empty state. */
    public static void load(SandboxState state, Programme programme) {
        new DemoSeed(state, programme).run();
    }

    private void run() {
        Identity northwind = corporate("Northwind Logistics Ltd", "finance@northwind.example", "EUR");
        Identity acme = corporate("Acme Robotics GmbH", "ap@acme-robotics.example", "EUR");
        Identity thames = corporate("Thames Analytics Ltd", "ops@thames-analytics.example", "GBP");
        Identity maria = consumer("Maria Borg", "maria.borg@mail.example", "EUR");
        Identity james = consumer("James O'Connor", "james.oconnor@mail.example", "GBP");
        Identity emily = consumer("Emily Carter", "emily.carter@mail.example", "USD");
        AuthorisedUser sofia = state.addUser(northwind, new AuthorisedUser.Details("Sofia", "Grech",
                "sofia.grech@northwind.example", new Mobile("+356", "79123456"), new DateOfBirth(1988, 4, 17), null));
        AuthorisedUser paul = state.addUser(maria, new AuthorisedUser.Details("Paul", "Borg",
                "paul.borg@mail.example", null, null, null));

        Account operating = account(northwind, "EUR", "Operating EUR", 2_500_000_00L);
        Account reserve = account(northwind, "EUR", "Reserve EUR", 9_000_000_00L);
        account(northwind, "GBP", "Operating GBP", 180_000_00L);
        account(northwind, "USD", "Operating USD", 95_000_00L);
        Card northwindDebit = card(northwind, operating, ManagedCard.DEBIT, "PHYSICAL", "Fleet fuel card", 0);
        Card northwindPrepaid = card(northwind, operating, ManagedCard.PREPAID, "VIRTUAL", "Travel budget", 4_000_00L);
        everyState(northwind, operating);
        state.setSpendRules(northwindDebit, SpendRules.builder().blockedMerchantCategories(List.of("7995"))
                .allowedMerchantCountries(List.of("GB", "DE", "FR", "IE", "NL", "LU", "SE", "EE", "MT")).allowAtm(false)
                .spendLimit(List.of(new SpendLimit(new CurrencyAmount("EUR", 500_000L), "DAILY", null))).build());

        for (Identity other : List.of(acme, thames, maria, james, emily)) {
            Account main = account(other, other.baseCurrency(), "Main " + other.baseCurrency(),
                    (5_000 + rnd.nextInt(45_000)) * 100L);
            if (other.type() == IdentityType.CORPORATE) {
                account(other, other.baseCurrency().equals("EUR") ? "USD" : "EUR", "Payables",
                        (2_000 + rnd.nextInt(8_000)) * 100L);
            }
            card(other, main, ManagedCard.DEBIT, "PHYSICAL", "Everyday card", 0);
            Card prepaid = card(other, main, ManagedCard.PREPAID, "VIRTUAL", "Online shopping", 300_00L);
            card(other, main, ManagedCard.PREPAID, "VIRTUAL", "Spare virtual card", 0);
            purchases(prepaid, 12);
            if (other == maria) {
                everyState(maria, main);
                state.setSpendRules(prepaid, SpendRules.builder().allowAtm(false)
                        .blockedMerchantCountries(List.of("RU", "KP")).maxTransactionAmount(20_000L).build());
            }
        }
        // before the ledger, whose size varies from one start to the next: the README gives Daniel's id
        AuthorisedUser daniel = state.addUser(northwind, new AuthorisedUser.Details("Daniel", "Vella",
                "daniel.vella@northwind.example", null, null, null));
        bigLedger(operating, reserve, northwindDebit, northwindPrepaid);
        // the ledger's size (and so how many ids it used) depends on the start day: what follows starts at a fixed
        // id, so the README's ids for it hold on any day
        state.continueIdsAt(AFTER_LEDGER_FIRST_ID);
        transfersInOtherStates(northwind, operating, reserve);
        bulks(northwind, operating, northwindPrepaid);
        authorisedUsers(northwind, operating, sofia, paul, daniel);
        new DemoExtras(state, programme, rnd, anchor).load(northwind, operating, maria);
        new DemoExtras(state, programme, rnd, anchor).recentActivity(operating, northwindDebit, this::purchase);
    }

    /**
     * Sofia (Northwind) followed her invitation and holds a funded card of her own; Paul (Maria's) and Daniel
     * (Northwind) were invited and have not answered. Made last so that earlier ids stay as the README lists them.
     */
    private void authorisedUsers(Identity northwind, Account funding, AuthorisedUser sofia, AuthorisedUser paul,
                                 AuthorisedUser daniel) {
        state.invite(sofia);
        state.acceptInvite(sofia);
        state.invite(paul);
        state.invite(daniel);
        Card sofiasCard = card(northwind, funding, ManagedCard.PREPAID, "VIRTUAL", "Sofia Grech expenses", 250_00L);
        sofiasCard.setUserId(sofia.id());
    }

    private Identity corporate(String name, String email, String ccy) {
        return state.addIdentity(programme.id(), IdentityType.CORPORATE, name, email, ccy);
    }

    private Identity consumer(String name, String email, String ccy) {
        return state.addIdentity(programme.id(), IdentityType.CONSUMER, name, email, ccy);
    }

    private long tick(long minutes) {
        clock += Duration.ofMinutes(minutes).toMillis();
        return clock;
    }

    private Account account(Identity owner, String ccy, String name, long opening) {
        Account a = state.addAccount(owner, ccy, name, null, tick(30));
        state.deposit(a, opening, programme.depositFee(ccy), tick(5));
        return a;
    }

    private Card card(Identity owner, Account funding, String mode, String type, String name, long load) {
        Card.Spec spec = CardIssuing.cardSpec(rnd, owner, mode, type,
                ManagedCard.DEBIT.equals(mode) ? funding.id() : null, null, tick(10));
        Card c = state.addCard(owner, funding.currency(), name, null, clock, spec);
        if (load > 0) {
            moveFunds(funding, c, load, "Card top-up");
        }
        return c;
    }

    /** Cards in every state: blocked by user, by system, lost, removed, stolen. */
    private void everyState(Identity owner, Account funding) {
        blocked(card(owner, funding, ManagedCard.PREPAID, "VIRTUAL", "Blocked by customer", 150_00L),
                InstrumentState.BlockedReason.USER);
        blocked(card(owner, funding, ManagedCard.PREPAID, "VIRTUAL", "Fraud hold", 80_00L),
                InstrumentState.BlockedReason.SYSTEM);
        blocked(card(owner, funding, ManagedCard.PREPAID, "PHYSICAL", "Lost in Lisbon", 0),
                InstrumentState.BlockedReason.LOST);
        destroyed(card(owner, funding, ManagedCard.PREPAID, "VIRTUAL", "Old subscription card", 0),
                InstrumentState.DestroyedReason.USER);
        destroyed(card(owner, funding, ManagedCard.PREPAID, "PHYSICAL", "Stolen wallet card", 0),
                InstrumentState.DestroyedReason.STOLEN);
    }

    private void blocked(Card c, InstrumentState.BlockedReason reason) {
        state.setState(c, new InstrumentState(InstrumentState.State.BLOCKED, reason, null));
    }

    private void destroyed(Card c, InstrumentState.DestroyedReason reason) {
        state.setState(c, new InstrumentState(InstrumentState.State.DESTROYED, null, reason));
    }

    private Transfer moveFunds(Instrument from, Instrument to, long amount, String description) {
        long fee = programme.transferFee(from.currency());
        return state.transfer(programme.transferProfileId(), from, to, amount, fee, null, description, tick(3));
    }

    private void purchases(Card card, int count) {
        for (int i = 0; i < count; i++) {
            purchase(card, tick(45));
        }
    }

    /** One purchase at a random merchant of the list, at {@code at}. */
    private void purchase(Card card, long at) {
        Merchant m = merchants.get(rnd.nextInt(merchants.size() - 1));
        long amount = Math.min(m.max(), m.min() + rnd.nextInt((int) (m.max() - m.min() + 1)) / 4);
        new Purchases(state).purchase(card, new Purchases.Purchase(amount, m.name(), m.mcc(), m.country(), null,
                "CHIP"), at);
    }

    /** Two years of activity on one account: at least {@link #BIG_LEDGER_ENTRIES} statement entries. */
    private void bigLedger(Account operating, Account reserve, Card debit, Card prepaid) {
        long start = anchor.minus(Duration.ofDays(729)).toEpochMilli();
        // about 1.55 entries per event (an approved purchase writes an authorisation and a settlement)
        long step = Duration.ofDays(727).toMillis() * 155 / (BIG_LEDGER_ENTRIES * 100L);
        clock = start;
        Purchases p = new Purchases(state);
        while (state.entryCount(operating) < BIG_LEDGER_ENTRIES) {
            clock += step / 2 + rnd.nextInt((int) step);
            int roll = rnd.nextInt(100);
            long available = operating.balances().availableBalance();
            if (roll < 6 || available < 5_000_00L) {
                state.deposit(operating, (2_000 + rnd.nextInt(18_000)) * 100L,
                        programme.depositFee("EUR"), clock);
            } else if (roll < 72) {
                Merchant m = merchants.get(rnd.nextInt(merchants.size()));
                long amount = m.min() + (long) (rnd.nextDouble() * (m.max() - m.min()));
                p.purchase(debit, new Purchases.Purchase(amount, m.name(), m.mcc(), m.country(), null,
                        rnd.nextInt(3) == 0 ? "CONTACTLESS" : "CHIP"), clock);
            } else if (roll < 82) {
                state.transfer(programme.transferProfileId(), operating, prepaid, (50 + rnd.nextInt(450)) * 100L,
                        programme.transferFee("EUR"), "topup", "Travel budget top-up", clock);
            } else if (roll < 94) {
                state.transfer(programme.transferProfileId(), reserve, operating, (1_000 + rnd.nextInt(9_000)) * 100L,
                        programme.transferFee("EUR"), "treasury", "Treasury sweep", clock);
            } else {
                state.chargeFee(operating, CUSTOM_FEE, programme.customFee(CUSTOM_FEE, "EUR").orElseThrow(), clock);
            }
        }
    }

    /** Transfers in the other states; the SCHEDULED one really runs three days after the start day. */
    private void transfersInOtherStates(Identity owner, Account a, Account b) {
        TransferState[] states = {TransferState.PENDING, TransferState.SCHEDULED, TransferState.REJECTED,
            TransferState.FAILED, TransferState.CANCELLED, TransferState.PENDING};
        for (TransferState s : states) {
            long at = tick(90);
            long amount = (100 + rnd.nextInt(900)) * 100L;
            String description = "Supplier payment " + s.name().toLowerCase();
            if (s == TransferState.SCHEDULED) {
                new Transfers(state).create(owner, programme, new Transfers.Order(programme.transferProfileId(),
                        "demo", InstrumentId.account(a.id()), InstrumentId.account(b.id()), "EUR", amount, description,
                        anchor.plus(Duration.ofDays(3)).plus(Duration.ofHours(9)).toEpochMilli()));
                continue;
            }
            state.recordTransfer(new Transfer(state.nextId(), programme.transferProfileId(), "demo",
                    InstrumentId.account(a.id()), InstrumentId.account(b.id()), new CurrencyAmount("EUR", amount),
                    description, s.name(), at, null, null,
                    s == TransferState.CANCELLED ? "Requested_by_customer" : null));
        }
    }

    /** Bulks of transfers: one COMPLETED, one RUNNING slowly, one PAUSED part-way, one SUBMITTED. */
    private void bulks(Identity owner, Account source, Card destination) {
        bulk(owner, source, destination, 20, BulkStatus.COMPLETED, 20, 0);
        bulk(owner, source, destination, 600, BulkStatus.RUNNING, 0, 3_000);
        bulk(owner, source, destination, 40, BulkStatus.PAUSED, 15, 500);
        bulk(owner, source, destination, 25, BulkStatus.SUBMITTED, 0, 200);
    }

    private void bulk(Identity owner, Account source, Card destination, int size, BulkStatus status,
                      int alreadyDone, long pace) {
        BulkRecord b = state.bulks().add(new BulkRecord(state.nextId(), owner.id(), "/transfers", tick(60), pace));
        long[] amounts = new long[size];
        for (int i = 0; i < size; i++) {
            amounts[i] = 100 + rnd.nextInt(900);
            String body = "{\"profileId\":\"" + programme.transferProfileId() + "\",\"tag\":\"bulk" + i
                    + "\",\"source\":{\"type\":\"managed_accounts\",\"id\":\"" + source.id()
                    + "\"},\"destination\":{\"type\":\"managed_cards\",\"id\":\"" + destination.id()
                    + "\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":" + amounts[i] + "}}";
            state.bulks().addOp(b, "POST", "/transfers", body);
        }
        if (status == BulkStatus.SUBMITTED) {
            return;
        }
        // the running one has been running since the sandbox started, so its elapsed time and ETA read true
        long started = status == BulkStatus.RUNNING ? state.now() : tick(5);
        state.bulks().setStatus(b, BulkStatus.RUNNING, BulkMode.ON_FAILURE_CONTINUE, started, null);
        for (int i = 0; i < alreadyDone; i++) {
            // the transfer the operation asked for: same amount and tag
            Transfer t = state.transfer(programme.transferProfileId(), source, destination, amounts[i],
                    programme.transferFee(source.currency()), "bulk" + i, null, tick(3));
            // written when first read, not while the console's first frame is being built (~20 ms of the seed)
            state.bulks().finishOpLater(b, i, BulkOperationStatus.COMPLETED, () -> toJson(t));
        }
        if (status == BulkStatus.COMPLETED) {
            state.bulks().setStatus(b, status, null, null, tick(2));
        } else if (status == BulkStatus.PAUSED) {
            state.bulks().setStatus(b, status, null, null, null);
        }
    }

    private static String toJson(Object o) {
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Merchant> loadMerchants() {
        List<Merchant> out = new ArrayList<>();
        var in = DemoSeed.class.getResourceAsStream("/backoffice/sandbox/demo-merchants.csv");
        if (in == null) {
            throw new IllegalStateException("demo-merchants.csv missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(new Merchant(f[0], f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
