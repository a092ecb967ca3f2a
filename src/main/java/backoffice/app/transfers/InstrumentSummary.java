package backoffice.app.transfers;

import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.client.BackOfficeClient;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedAccount;
import backoffice.client.model.ManagedCard;

/** What the agent sees of a source or destination: name, currency, available balance, kind and state. */
public record InstrumentSummary(InstrumentId id, String name, String currency, Long available, boolean debitCard,
                                InstrumentState.State state) {

    /** Reads an account or card as the impersonated identity. */
    public static InstrumentSummary read(BackOfficeClient client, InstrumentId id) {
        if (id.isCard()) {
            ManagedCard c = client.managedCards().get(id.id());
            return new InstrumentSummary(id, c.friendlyName() + " (" + c.maskedNumber() + ")", c.currency(),
                    c.balances() == null ? null : c.balances().availableBalance(), ManagedCard.DEBIT.equals(c.mode()),
                    c.state().state());
        }
        ManagedAccount a = client.managedAccounts().get(id.id());
        return new InstrumentSummary(id, a.friendlyName(), a.currency(), a.balances().availableBalance(), false,
                a.state().state());
    }

    /** "Main EUR · EUR · available 1,234.56 EUR · ACTIVE". */
    public String label() {
        String money = available == null ? Messages.get("transfers.debitNoBalance")
                : Messages.get("transfers.available", Money.format(available, currency));
        return Messages.get("transfers.summary", name, currency, money, state);
    }
}
