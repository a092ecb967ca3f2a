package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.TransactionId;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import java.util.Map;
import java.util.Optional;

/**
 * Creating a transfer for an identity: the checks the API makes (in its order) and the atomic ledger move.
 * Shared by the transfer route and by bulk operations, so both answer the same. A transfer with a
 * {@code scheduledTimestamp} is checked now (all but the funds) and recorded SCHEDULED; it runs at its time (see
 * {@link ScheduledTransfers}). What a processor may later do to a transfer (REJECTED, FAILED) is here too.
 */
public final class Transfers {

    private final SandboxState state;

    public Transfers(SandboxState state) {
        this.state = state;
    }

    /** What the identity asked for, already syntactically valid; {@code scheduledAt} epoch ms or null. */
    public record Order(String profileId, String tag, InstrumentId source, InstrumentId destination,
                        String currency, long amount, String description, Long scheduledAt) {

        public Order(String profileId, String tag, InstrumentId source, InstrumentId destination, String currency,
                     long amount, String description) {
            this(profileId, tag, source, destination, currency, amount, description, null);
        }
    }

    private record Move(Instrument source, Instrument destination, long fee) {
    }

    public Transfer create(Identity identity, Programme programme, Order o) {
        if (!programme.transferProfileId().equals(o.profileId())) {
            throw Refusal.notFound("Transfer profile not found");
        }
        synchronized (state) {
            if (o.scheduledAt() != null) {
                return schedule(identity, programme, o);
            }
            Move m = check(identity, programme, o, true);
            return state.transfer(o.profileId(), m.source(), m.destination(), o.amount(), m.fee(), o.tag(),
                    o.description(), state.now());
        }
    }

    private Transfer schedule(Identity identity, Programme programme, Order o) {
        long now = state.now();
        if (o.scheduledAt() <= now) {
            throw Refusal.conflict(ErrorCode.SCHEDULED_TIMESTAMP_INVALID, "scheduledTimestamp must be in the future");
        }
        check(identity, programme, o, false);
        Transfer t = state.recordTransfer(new Transfer(state.nextId(), o.profileId(), o.tag(), o.source(),
                o.destination(), new CurrencyAmount(o.currency(), o.amount()),
                o.description(), TransferState.SCHEDULED.name(), now, Long.toString(o.scheduledAt()), null, null));
        state.scheduled().add(new ScheduledTransfers.Waiting(t.id(), o.scheduledAt(), identity, programme, o));
        return t;
    }

    /** Runs a scheduled transfer at its time, or cancels it with the code the API would have answered. */
    void execute(ScheduledTransfers.Waiting w, long now) {
        Order o = w.order();
        Transfer waiting = state.transferById(w.transferId()).orElseThrow();
        try {
            Move m = check(w.identity(), w.programme(), o, true);
            state.transfer(w.transferId(), waiting.scheduledTimestamp(), o.profileId(), m.source(), m.destination(),
                    o.amount(), m.fee(), o.tag(), o.description(), now);
        } catch (Refusal refused) {
            state.recordTransfer(withState(waiting, TransferState.CANCELLED, errorCode(refused)));
        }
    }

    /**
     * What a processor does to a transfer afterwards: REJECTED or FAILED. Money a completed transfer moved goes
     * back (amount to the source with its fee, taken from the destination), on both statements; a scheduled one
     * no longer runs. A transfer already REJECTED, FAILED or CANCELLED is 409 INVALID_STATE.
     */
    public Transfer settleAs(Transfer t, TransferState outcome) {
        synchronized (state) {
            Transfer now = state.transferById(t.id()).orElseThrow();
            switch (now.knownState()) {
                case COMPLETED -> reverse(now);
                case SCHEDULED -> state.scheduled().remove(now.id());
                case PENDING, INITIALISED -> { }
                default -> throw Refusal.conflict(ErrorCode.INVALID_STATE, "the transfer is already " + now.state());
            }
            return state.recordTransfer(withState(now, outcome, null));
        }
    }

    private void reverse(Transfer t) {
        Instrument source = state.instrument(t.source()).orElseThrow();
        Instrument destination = state.instrument(t.destination()).orElseThrow();
        long amount = t.destinationAmount().amount();
        long fee = state.entries(source).stream().filter(e -> e.transactionId().id().equals(t.id())
                && e.transactionFee() != null).mapToLong(e -> e.transactionFee().amount()).findFirst().orElse(0);
        TransactionId txId = new TransactionId("TRANSFER", t.id());
        long at = state.now();
        Map<String, String> note = Map.of("note", "Transfer reversed by the processor");
        state.post(destination, txId, -amount, -amount, 0, at, note);
        state.post(source, txId, BalanceMath.sum(amount, fee), BalanceMath.sum(amount, fee), 0, at, note);
    }

    private static Transfer withState(Transfer t, TransferState state, String cancellationReason) {
        return new Transfer(t.id(), t.profileId(), t.tag(), t.source(), t.destination(), t.destinationAmount(),
                t.description(), state.name(), t.creationTimestamp(), t.scheduledTimestamp(), t.executionTimestamp(),
                cancellationReason);
    }

    private static String errorCode(Refusal e) {
        return e.kind() == Refusal.Kind.CONFLICT ? e.code().name() : "TRANSFER_NOT_EXECUTED";
    }

    /** The API's checks in its order; {@code funds} false skips the balance check (a scheduled transfer's). */
    private Move check(Identity identity, Programme programme, Order o, boolean funds) {
        Instrument source = owned(identity, o.source()).orElseThrow(() -> Refusal.conflict(
                ErrorCode.SOURCE_NOT_FOUND));
        Instrument destination = owned(identity, o.destination()).orElseThrow(() -> Refusal.conflict(
                ErrorCode.DESTINATION_NOT_FOUND));
        if (o.amount() <= 0) {
            throw Refusal.conflict(ErrorCode.AMOUNT_INVALID);
        }
        if (source == destination) {
            throw Refusal.conflict(ErrorCode.SOURCE_AND_DESTINATION_MUST_BE_DIFFERENT);
        }
        if (source instanceof Card c && c.isDebit()) {
            throw Refusal.conflict(ErrorCode.SOURCE_CANNOT_BE_DEBIT_MODE_CARD);
        }
        if (destination instanceof Card c && c.isDebit()) {
            throw Refusal.conflict(ErrorCode.DESTINATION_CANNOT_BE_DEBIT_MODE_CARD);
        }
        checkState(source.state(), true);
        checkState(destination.state(), false);
        if (!source.currency().equals(o.currency()) || !destination.currency().equals(o.currency())) {
            throw Refusal.conflict(ErrorCode.CURRENCY_MISMATCH);
        }
        long fee = programme.transferFee(o.currency());
        if (funds && source.balances().availableBalance() < BalanceMath.sum(o.amount(), fee)) {
            throw Refusal.conflict(ErrorCode.FUNDS_INSUFFICIENT);
        }
        return new Move(source, destination, fee);
    }

    private Optional<? extends Instrument> owned(Identity identity, InstrumentId id) {
        return state.instrument(id).filter(i -> i.identityId().equals(identity.id()));
    }

    private static void checkState(InstrumentState s, boolean source) {
        if (s.state() == InstrumentState.State.DESTROYED) {
            throw Refusal.conflict(source ? ErrorCode.SOURCE_INSTRUMENT_DESTROYED
                    : ErrorCode.DESTINATION_INSTRUMENT_DESTROYED);
        }
        if (s.state() == InstrumentState.State.BLOCKED) {
            throw Refusal.conflict(source ? ErrorCode.SOURCE_INSTRUMENT_BLOCKED
                    : ErrorCode.DESTINATION_INSTRUMENT_BLOCKED);
        }
    }
}
