package backoffice.app.transfers;

import backoffice.app.Messages;
import backoffice.app.ui.Ids;
import backoffice.app.workspace.InstrumentRow;
import backoffice.app.workspace.KnownInstrument;
import backoffice.client.model.InstrumentId;
import java.util.Optional;

/**
 * One of the impersonated identity's own cards or accounts, as the workspace's discovery found it, offered in a
 * source or destination picker: last four (of the card number, or of an account's id), friendly name, currency and
 * the balance when it was read.
 */
public record InstrumentChoice(InstrumentRow row) {

    /** The row as a choice, or empty when it is none of the identity's own (it could not be read as the identity). */
    public static Optional<InstrumentChoice> of(InstrumentRow row) {
        boolean read = !row.balance().isBlank() || Messages.get("workspace.notRead").equals(row.state());
        return read && row.known().friendlyName() != null ? Optional.of(new InstrumentChoice(row)) : Optional.empty();
    }

    public InstrumentId id() {
        return row.known().kind() == KnownInstrument.Kind.CARD ? InstrumentId.card(row.known().id())
                : InstrumentId.account(row.known().id());
    }

    /** The card number's last four, or an account id's ("the account ending 6015"). */
    public String lastFour() {
        return row.lastFour();
    }

    /** Whether the typed or pasted text (grouped digits allowed) names this instrument: last four, name or id. */
    public boolean matches(String typed) {
        String t = Ids.normalise(typed);
        return t.isEmpty() || lastFour().endsWith(t) || row.matches(t);
    }

    /** "Account ···6015 · Main EUR · EUR · 10,000.00 EUR" (the balance left out when not read). */
    public String label() {
        String currency = row.known().currency() == null ? "" : row.known().currency();
        String balance = row.balance().isBlank() ? Messages.get("transfers.choice.noBalance") : row.balance();
        return Messages.get("transfers.choice", row.kindText(), lastFour(), row.known().friendlyName(), currency,
                balance);
    }

    @Override
    public String toString() {
        return label();
    }
}
