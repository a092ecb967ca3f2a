package backoffice.sandbox.store;

import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.Transfer;
import backoffice.sandbox.http.SandboxError;

/**
 * Creating a transfer for an identity: the checks the API makes (in its order) and the atomic ledger move.
 * Shared by the transfer route and by bulk operations, so both answer the same.
 */
public final class Transfers {

    private final SandboxState state;

    public Transfers(SandboxState state) {
        this.state = state;
    }

    /** What the identity asked for, already syntactically valid. */
    public record Order(String profileId, String tag, InstrumentId source, InstrumentId destination,
                        String currency, long amount, String description) {
    }

    public Transfer create(Identity identity, Programme programme, Order o) {
        if (!programme.transferProfileId().equals(o.profileId())) {
            throw SandboxError.notFound("Transfer profile not found");
        }
        synchronized (state) {
            Instrument source = owned(identity, o.source()).orElseThrow(() -> SandboxError.conflict(
                    "SOURCE_NOT_FOUND"));
            Instrument destination = owned(identity, o.destination()).orElseThrow(() -> SandboxError.conflict(
                    "DESTINATION_NOT_FOUND"));
            if (o.amount() <= 0) {
                throw SandboxError.conflict("AMOUNT_INVALID");
            }
            if (source == destination) {
                throw SandboxError.conflict("SOURCE_AND_DESTINATION_MUST_BE_DIFFERENT");
            }
            if (source instanceof Card c && c.isDebit()) {
                throw SandboxError.conflict("SOURCE_CANNOT_BE_DEBIT_MODE_CARD");
            }
            if (destination instanceof Card c && c.isDebit()) {
                throw SandboxError.conflict("DESTINATION_CANNOT_BE_DEBIT_MODE_CARD");
            }
            checkState(source.state(), "SOURCE");
            checkState(destination.state(), "DESTINATION");
            if (!source.currency().equals(o.currency()) || !destination.currency().equals(o.currency())) {
                throw SandboxError.conflict("CURRENCY_MISMATCH");
            }
            long fee = programme.transferFee(o.currency());
            if (source.balances().availableBalance() < SandboxState.sum(o.amount(), fee)) {
                throw SandboxError.conflict("FUNDS_INSUFFICIENT");
            }
            return state.transfer(o.profileId(), source, destination, o.amount(), fee, o.tag(), o.description(),
                    state.now());
        }
    }

    private java.util.Optional<? extends Instrument> owned(Identity identity, InstrumentId id) {
        return state.instrument(id).filter(i -> i.identityId().equals(identity.id()));
    }

    private static void checkState(InstrumentState s, String side) {
        if (s.state() == InstrumentState.State.DESTROYED) {
            throw SandboxError.conflict(side + "_INSTRUMENT_DESTROYED");
        }
        if (s.state() == InstrumentState.State.BLOCKED) {
            throw SandboxError.conflict(side + "_INSTRUMENT_BLOCKED");
        }
    }
}
