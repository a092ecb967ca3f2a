package backoffice.sandbox.store;

import backoffice.client.model.Balances;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.StatementEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What accounts and cards share: owner, currency, state, balances and a ledger of statement entries (oldest first).
 * Mutable; every change goes through {@link SandboxState}, which holds its lock while mutating.
 */
public abstract class Instrument {

    private final String id;
    private final String profileId;
    private final String identityId;
    private final String programmeId;
    private final String currency;
    private final String friendlyName;
    private final String tag;
    private final long creationTimestamp;
    private final List<StatementEntry> entries = new ArrayList<>();
    private volatile InstrumentState state = InstrumentState.active();
    private volatile Balances balances = new Balances(0, 0);

    protected Instrument(String id, String profileId, String identityId, String programmeId, String currency,
                         String friendlyName, String tag, long creationTimestamp) {
        this.id = id;
        this.profileId = profileId;
        this.identityId = identityId;
        this.programmeId = programmeId;
        this.currency = currency;
        this.friendlyName = friendlyName;
        this.tag = tag;
        this.creationTimestamp = creationTimestamp;
    }

    /** {@code managed_accounts} or {@code managed_cards}. */
    public abstract InstrumentType instrumentType();

    /** Whether this instrument has its own balance (accounts, prepaid cards) rather than its parent's. */
    public abstract boolean holdsFunds();

    public String id() {
        return id;
    }

    public String profileId() {
        return profileId;
    }

    public String identityId() {
        return identityId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String currency() {
        return currency;
    }

    public String friendlyName() {
        return friendlyName;
    }

    public String tag() {
        return tag;
    }

    public long creationTimestamp() {
        return creationTimestamp;
    }

    public InstrumentState state() {
        return state;
    }

    public Balances balances() {
        return balances;
    }

    void setState(InstrumentState value) {
        this.state = value;
    }

    void setBalances(Balances value) {
        this.balances = value;
    }

    void append(StatementEntry entry) {
        entries.add(entry);
    }

    /** Read-only view; callers copy under the state lock before leaving it. */
    List<StatementEntry> entriesView() {
        return Collections.unmodifiableList(entries);
    }
}
