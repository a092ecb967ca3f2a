package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentState.BlockedReason;
import backoffice.client.model.InstrumentState.DestroyedReason;
import backoffice.client.model.InstrumentState.State;

/**
 * The card state table of the reference (§5.3): what block, unblock and remove do from each state, and the 409
 * each refusal carries. The published unblock 409 codes have none for "blocked by the system" (published-contract
 * §2), so unblocking such a card is refused with 403 INSUFFICIENT_PERMISSIONS: the card is blocked (so
 * INSTRUMENT_NOT_BLOCKED would be untrue) and only Weavr may lift that block. Nothing changes.
 */
public final class CardStates {

    private final SandboxState state;

    public CardStates(SandboxState state) {
        this.state = state;
    }

    public void block(Card card) {
        synchronized (state) {
            InstrumentState s = card.state();
            refuseIfGone(s);
            if (s.state() == State.BLOCKED) {
                throw Refusal.conflict(s.blockedReason() == BlockedReason.LOST
                        ? ErrorCode.INSTRUMENT_MARKED_LOST_STOLEN : ErrorCode.INSTRUMENT_ALREADY_BLOCKED);
            }
            state.setState(card, new InstrumentState(State.BLOCKED, BlockedReason.USER, null));
        }
    }

    public void unblock(Card card) {
        synchronized (state) {
            InstrumentState s = card.state();
            refuseIfGone(s);
            if (s.state() != State.BLOCKED) {
                throw Refusal.conflict(ErrorCode.INSTRUMENT_NOT_BLOCKED);
            }
            if (s.blockedReason() == BlockedReason.LOST) {
                throw Refusal.conflict(ErrorCode.INSTRUMENT_MARKED_LOST_STOLEN);
            }
            if (s.blockedReason() != BlockedReason.USER) {
                throw Refusal.forbidden(ErrorCode.INSUFFICIENT_PERMISSIONS, "Only Weavr can unblock a card blocked by "
                        + s.blockedReason());
            }
            state.setState(card, InstrumentState.active());
        }
    }

    /** Irreversible. A prepaid card must be empty; blocked and lost cards can be removed. */
    public void remove(Card card) {
        synchronized (state) {
            if (card.state().state() == State.DESTROYED) {
                throw Refusal.conflict(ErrorCode.INSTRUMENT_ALREADY_REMOVED);
            }
            if (card.holdsFunds() && (card.balances().availableBalance() != 0
                    || card.balances().actualBalance() != 0)) {
                throw Refusal.conflict(ErrorCode.BALANCE_NOT_ZERO);
            }
            state.setState(card, new InstrumentState(State.DESTROYED, null, DestroyedReason.USER));
        }
    }

    private static void refuseIfGone(InstrumentState s) {
        if (s.state() != State.DESTROYED) {
            return;
        }
        boolean lostOrStolen = s.destroyedReason() == DestroyedReason.STOLEN
                || s.destroyedReason() == DestroyedReason.LOST;
        throw Refusal.conflict(lostOrStolen ? ErrorCode.INSTRUMENT_MARKED_LOST_STOLEN : ErrorCode.INSTRUMENT_DESTROYED);
    }
}
