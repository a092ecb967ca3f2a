package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.StatementEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Charging a custom fee (§6.4): the fee type is resolved first (409 UNRESOLVED_FEE_TYPE), then the instrument
 * (unknown, another identity's or destroyed: 409 UNRESOLVED_INSTRUMENT), then funds (409 FUNDS_INSUFFICIENT).
 * A debit card's fee is taken from its parent account ({@code relatedCardId} on the entry, adjustment 0 on the card).
 */
public final class Fees {

    /** The answer of {@code POST /fees/charge}. */
    public record ChargeFee(Map<String, String> transactionId, String profileId, String feeType, InstrumentId source,
                            CurrencyAmount availableBalanceAdjustment, String state, long creationTimestamp) {
    }

    private final SandboxState state;

    public Fees(SandboxState state) {
        this.state = state;
    }

    public ChargeFee charge(Identity identity, Programme programme, String feeType, InstrumentId source) {
        if (!programme.customFees().containsKey(feeType)) {
            throw Refusal.conflict(ErrorCode.UNRESOLVED_FEE_TYPE);
        }
        synchronized (state) {
            Instrument instrument = state.instrument(source)
                    .filter(i -> i.identityId().equals(identity.id()))
                    .filter(i -> i.state().state() != InstrumentState.State.DESTROYED)
                    .orElseThrow(() -> Refusal.conflict(ErrorCode.UNRESOLVED_INSTRUMENT));
            Instrument payer = state.fundsHolder(instrument);
            OptionalLong fee = programme.customFee(feeType, payer.currency());
            if (fee.isEmpty()) {
                throw Refusal.conflict(ErrorCode.FEE_AMOUNT_NOT_SET);
            }
            if (payer.balances().availableBalance() < fee.getAsLong()) {
                throw Refusal.conflict(ErrorCode.FUNDS_INSUFFICIENT);
            }
            long now = state.now();
            StatementEntry entry = state.chargeFee(instrument, feeType, fee.getAsLong(), now);
            Map<String, String> txId = new LinkedHashMap<>();
            txId.put("type", entry.transactionId().type());
            txId.put("id", entry.transactionId().id());
            long adjustment = payer == instrument ? -fee.getAsLong() : 0;
            return new ChargeFee(txId, identity.profileId(), feeType, source,
                    new CurrencyAmount(instrument.currency(), adjustment), "COMPLETED", now);
        }
    }
}
