package backoffice.sandbox.store;

import backoffice.client.model.Balances;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.CardReplacement;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.MoneyLimits;
import backoffice.client.model.SpendRules;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.TransactionId;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Everything the sandbox knows. Lookups are lock-free; every mutation of balances, states or ledgers runs under
 * this object's monitor so that money moves atomically and statements always reconcile with balances.
 */
public final class SandboxState {


    private static final long FIRST_ID = 110_170_049_121_026_000L;

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong(FIRST_ID);
    private final Map<String, Programme> programmesByKey = new ConcurrentHashMap<>();
    private final Map<String, Identity> identities = new ConcurrentHashMap<>();
    private final Map<String, String> userToIdentity = new ConcurrentHashMap<>();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Card> cards = new ConcurrentHashMap<>();
    private final TokenBook tokens = new TokenBook(this);
    private final Map<String, Transfer> transfers = new ConcurrentHashMap<>();
    private final BulkBook bulks = new BulkBook(this);
    private final UserBook users = new UserBook();
    private final Map<String, Features> features = new ConcurrentHashMap<>();
    private final ScheduledTransfers scheduled = new ScheduledTransfers(this);

    public SandboxState(Clock clock) {
        this.clock = clock;
    }

    public long now() {
        return clock.millis();
    }

    /** A fresh decimal id, 18 digits like the real API's. */
    public String nextId() {
        return Long.toString(sequence.incrementAndGet());
    }

    /**
     * Makes the next id {@code next}, so that what is made afterwards keeps its ids however many were used before
     * (the demo seed's ledger varies in size with the start day). Refuses to go back: ids are never reused.
     */
    public void continueIdsAt(long next) {
        long before = sequence.getAndUpdate(v -> Math.max(v, next - 1));
        if (before >= next) {
            throw new IllegalStateException("ids already reached " + before + ", cannot continue at " + next);
        }
    }

    // ---- programmes, identities, users ------------------------------------------------------------------------

    public Programme addProgramme(Programme p) {
        programmesByKey.put(p.apiKey(), p);
        return p;
    }

    public Optional<Programme> programmeByKey(String apiKey) {
        return Optional.ofNullable(apiKey == null ? null : programmesByKey.get(apiKey));
    }

    public Identity addIdentity(String programmeId, IdentityType type, String name, String email,
                                String baseCurrency) {
        Identity identity = new Identity(nextId(), type, name, email, baseCurrency, nextId(), programmeId);
        identities.put(identity.id(), identity);
        return identity;
    }

    public Optional<Identity> identity(String id) {
        return Optional.ofNullable(identities.get(id));
    }

    public List<Identity> identities() {
        return identities.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public String addUser(Identity identity) {
        return addUser(identity, new AuthorisedUser.Details("Authorised", "User " + (identity.userIds().size() + 1),
                null, null, null, null)).id();
    }

    /** A new active authorised user of the identity, whose invitation has not been sent. */
    public AuthorisedUser addUser(Identity identity, AuthorisedUser.Details details) {
        String userId = nextId();
        identity.userIds().add(userId);
        userToIdentity.put(userId, identity.id());
        return users.add(new AuthorisedUser(userId, new IdentityId(identity.type(),
                identity.id()), identity.programmeId(), details, now()));
    }

    public UserBook users() {
        return users;
    }

    /** Sends (or sends again) the invitation e-mail; the caller has checked it is not consumed. */
    public synchronized void invite(AuthorisedUser user) {
        user.setInvite(AuthorisedUser.Invite.SENT);
    }

    /** The user followed the invitation and set a password. */
    public synchronized void acceptInvite(AuthorisedUser user) {
        user.setInvite(AuthorisedUser.Invite.CONSUMED);
    }

    /** The user can no longer log in: their login tokens stop working at once. */
    public synchronized void deactivate(AuthorisedUser user) {
        user.setActive(false);
        tokens.revokeUser(user.id());
    }

    public Features features(String programmeId) {
        return features.getOrDefault(programmeId, Features.ALL);
    }

    public void setFeatures(String programmeId, Features value) {
        features.put(programmeId, value);
    }

    public boolean isUser(String id) {
        return userToIdentity.containsKey(id);
    }

    // ---- instruments ------------------------------------------------------------------------------------------

    public Account addAccount(Identity owner, String currency, String friendlyName, String tag, long created) {
        Account a = new Account(nextId(), nextId(), owner.id(), owner.programmeId(), currency, friendlyName, tag,
                created);
        accounts.put(a.id(), a);
        return a;
    }

    public Card addCard(Identity owner, String currency, String friendlyName, String tag, long created,
                        Card.Spec spec) {
        return addCard(owner, currency, friendlyName, tag, created, spec, Card.Options.DEFAULT);
    }

    public Card addCard(Identity owner, String currency, String friendlyName, String tag, long created,
                        Card.Spec spec, Card.Options options) {
        Card c = new Card(nextId(), nextId(), owner.id(), owner.programmeId(), currency, friendlyName, tag, created,
                spec, options);
        cards.put(c.id(), c);
        return c;
    }

    public Optional<Account> account(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    public Optional<? extends Instrument> instrument(InstrumentId id) {
        return id.isCard() ? card(id.id()) : account(id.id());
    }

    public List<Account> accountsOf(String identityId) {
        return accounts.values().stream().filter(a -> a.identityId().equals(identityId))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public List<Card> cardsOf(String identityId) {
        return cards.values().stream().filter(c -> c.identityId().equals(identityId))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public synchronized void setState(Instrument instrument, InstrumentState state) {
        instrument.setState(state);
    }

    public synchronized void setRenewal(Card card, String renewalType) {
        if (!renewalType.equals(card.renewalType())) {
            card.setRenewal(renewalType, now());
        }
    }

    /** The old card is destroyed and says which card replaced it (a lost or stolen card reads LOST). */
    public synchronized void markReplaced(Card old, CardReplacement replacement,
                                          InstrumentState destroyed) {
        old.setReplacement(replacement);
        old.setState(destroyed);
    }

    public synchronized void setSpendRules(Card card, SpendRules rules) {
        card.setSpendRules(rules);
    }

    /** How many entries an instrument's ledger holds, without copying them. */
    public synchronized int entryCount(Instrument instrument) {
        return instrument.entriesView().size();
    }

    /** A copy of an instrument's ledger, oldest first. */
    public synchronized List<StatementEntry> entries(Instrument instrument) {
        return new ArrayList<>(instrument.entriesView());
    }

    // ---- ledger -----------------------------------------------------------------------------------------------

    /** The instrument whose balance an entry on {@code instrument} moves: itself, or a debit card's parent. */
    public Instrument fundsHolder(Instrument instrument) {
        if (instrument instanceof Card c && c.isDebit()) {
            return accounts.get(c.spec().parentAccountId());
        }
        return instrument;
    }

    /**
     * Posts one movement: {@code net} changes available and actual balance, {@code fee} is reported on the entry
     * (already included in {@code net} when charged). Debit-card movements land on the parent account and are
     * mirrored on the card's own statement.
     */
    public synchronized StatementEntry post(Instrument on, TransactionId txId, long net, long gross, long fee,
                                            long timestamp, Map<String, String> fields) {
        return post(on, txId, net, gross, fee, timestamp, fields, null);
    }

    /** The same, for a movement converted from another currency ({@code fx} may be null). */
    public synchronized StatementEntry post(Instrument on, TransactionId txId, long net, long gross, long fee,
                                            long timestamp, Map<String, String> fields, Forex fx) {
        Instrument holder = fundsHolder(on);
        Balances after = BalanceMath.after(holder, net);
        holder.setBalances(after);
        return append(on, holder, txId, null, gross, net, fee, timestamp, fields, fx);
    }

    /** Appends an entry that moves no money (e.g. a declined authorisation) for {@code amount} as requested. */
    public synchronized StatementEntry note(Instrument on, TransactionId txId, long amount, long timestamp,
                                            Map<String, String> fields) {
        return note(on, txId, amount, timestamp, fields, null);
    }

    public synchronized StatementEntry note(Instrument on, TransactionId txId, long amount, long timestamp,
                                            Map<String, String> fields, Forex fx) {
        return append(on, fundsHolder(on), txId, amount, 0, 0, 0, timestamp, fields, fx);
    }

    /** Writes one entry, with the holder's balances after it, on the holder and (if different) the instrument. */
    private StatementEntry append(Instrument on, Instrument holder, TransactionId txId, Long original, long gross,
                                  long net, long fee, long timestamp, Map<String, String> fields, Forex fx) {
        Balances after = holder.balances();
        String ccy = holder.currency();
        CurrencyAmount asked = fx != null ? fx.original() : original == null ? null : money(ccy, original);
        StatementEntry entry = new StatementEntry(txId, "COMPLETED", asked,
                money(ccy, gross), money(ccy, net), money(ccy, net), money(ccy, after.availableBalance()),
                money(ccy, after.availableBalance()), money(ccy, after.actualBalance()), money(ccy, fee),
                money(ccy, fee), timestamp, fields == null ? Map.of() : Map.copyOf(fields),
                fx == null ? null : fx.rate(), fx == null ? null : money(ccy, fx.converted()), null);
        holder.append(entry);
        if (holder != on) {
            on.append(entry);
        }
        return entry;
    }

    /** A deposit into an account: the deposit fee is kept from the amount. */
    public synchronized StatementEntry deposit(Account account, long amount, long fee, long timestamp) {
        if (amount < fee) {
            throw new IllegalArgumentException("A deposit of " + amount + " does not cover its fee of " + fee);
        }
        return post(account, new TransactionId("DEPOSIT", nextId()), amount - fee, amount, fee, timestamp,
                Map.of("note", "Incoming deposit"));
    }

    /**
     * Moves {@code amount} from source to destination and charges {@code fee} to the source on top, atomically;
     * the caller has validated ownership, states, currencies and funds.
     */
    public synchronized Transfer transfer(String profileId, Instrument source, Instrument destination, long amount,
                                          long fee, String tag, String description, long timestamp) {
        return transfer(nextId(), null, profileId, source, destination, amount, fee, tag, description, timestamp);
    }

    /**
     * The same for transfer {@code id}; a scheduled one ({@code scheduledTimestamp} set) runs now and records its
     * {@code executionTimestamp}.
     */
    public synchronized Transfer transfer(String id, String scheduledTimestamp, String profileId, Instrument source,
                                          Instrument destination, long amount, long fee, String tag,
                                          String description, long timestamp) {
        TransactionId txId = new TransactionId("TRANSFER", id);
        Map<String, String> outFields = new LinkedHashMap<>();
        outFields.put("destinationInstrumentType", destination.instrumentType().wire());
        outFields.put("destinationInstrumentId", destination.id());
        outFields.put("destinationInstrumentFriendlyName", destination.friendlyName());
        Map<String, String> inFields = new LinkedHashMap<>();
        inFields.put("sourceInstrumentType", source.instrumentType().wire());
        inFields.put("sourceInstrumentId", source.id());
        inFields.put("sourceInstrumentFriendlyName", source.friendlyName());
        if (description != null) {
            outFields.put("description", description);
            inFields.put("description", description);
        }
        long debit = -BalanceMath.sum(amount, fee);
        BalanceMath.after(fundsHolder(source), debit);
        BalanceMath.after(fundsHolder(destination), amount); // both sides checked before either moves
        post(source, txId, debit, debit, fee, timestamp, outFields);
        post(destination, txId, amount, amount, 0, timestamp, inFields);
        Transfer t = new Transfer(id, profileId, tag, new InstrumentId(source.instrumentType(), source.id()),
                new InstrumentId(destination.instrumentType(), destination.id()),
                new CurrencyAmount(destination.currency(), amount), description,
                TransferState.COMPLETED.name(), timestamp,
                scheduledTimestamp, scheduledTimestamp == null ? null : Long.toString(timestamp), null);
        transfers.put(id, t);
        return t;
    }

    /** Transfers waiting for their time. */
    /** The bearer tokens it issued. */
    public TokenBook tokens() {
        return tokens;
    }

    /** The bulk processes and their operations. */
    public BulkBook bulks() {
        return bulks;
    }

    public ScheduledTransfers scheduled() {
        return scheduled;
    }

    /** Charges a custom fee to an instrument (a debit card's fee is taken from its parent account). */
    public synchronized StatementEntry chargeFee(Instrument source, String feeType, long fee, long timestamp) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chargeFeeType", feeType);
        if (source instanceof Card c && c.isDebit()) {
            fields.put("relatedCardId", c.id());
        }
        return post(source, new TransactionId("CHARGE_FEE", nextId()), -fee, -fee, 0, timestamp, fields);
    }

    /** Records a transfer that moved no money (pending, scheduled, rejected, failed or cancelled). */
    public Transfer recordTransfer(Transfer t) {
        transfers.put(t.id(), t);
        return t;
    }

    public Optional<Transfer> transferById(String id) {
        return Optional.ofNullable(transfers.get(id));
    }

    public List<Transfer> transfers() {
        return List.copyOf(transfers.values());
    }

    /** Forgets everything (tokens included) before a re-seed. */
    public synchronized void clear() {
        sequence.set(FIRST_ID);
        programmesByKey.clear();
        identities.clear();
        userToIdentity.clear();
        accounts.clear();
        cards.clear();
        tokens.clear();
        transfers.clear();
        scheduled.clear();
        bulks.clear();
        users.clear();
        features.clear();
    }

    private static CurrencyAmount money(String currency, long amount) {
        return new CurrencyAmount(currency, amount);
    }
}
