package backoffice.sandbox.store;

import backoffice.client.model.InstrumentType;
import backoffice.client.model.ManagedAccount;

/** A managed account. */
public final class Account extends Instrument {

    public Account(String id, String profileId, String identityId, String programmeId, String currency,
                   String friendlyName, String tag, long creationTimestamp) {
        super(id, profileId, identityId, programmeId, currency, friendlyName, tag, creationTimestamp);
    }

    @Override
    public InstrumentType instrumentType() {
        return InstrumentType.MANAGED_ACCOUNTS;
    }

    @Override
    public boolean holdsFunds() {
        return true;
    }

    public ManagedAccount toModel() {
        return new ManagedAccount(id(), profileId(), tag(), friendlyName(), currency(), balances(), state(),
                creationTimestamp(), null);
    }
}
