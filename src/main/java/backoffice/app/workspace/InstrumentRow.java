package backoffice.app.workspace;

import backoffice.app.Messages;
import backoffice.app.ui.Ids;
import backoffice.app.ui.Money;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedAccount;
import backoffice.client.model.ManagedCard;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line of the workspace table: what is remembered plus what was read just now (masked number or currency, state
 * with reason, balance). {@code state} is empty while not read yet, or the reason it could not be read.
 */
public record InstrumentRow(KnownInstrument known, String numberOrCurrency, String state, String balance) {

    /** A remembered instrument not read (yet) in this call. */
    public static InstrumentRow remembered(KnownInstrument k) {
        String shown = k.kind() == KnownInstrument.Kind.CARD ? "•••• " + nz(k.lastFour()) : nz(k.currency());
        return new InstrumentRow(k, shown, Messages.get("workspace.notRead"), "");
    }

    public static InstrumentRow of(KnownInstrument k, ManagedCard c) {
        String balance = c.balances() != null ? Money.format(c.balances().availableBalance(), c.currency())
                : Messages.get("workspace.debitOf", Ids.lastFour(c.parentManagedAccountId()));
        return new InstrumentRow(k, c.maskedNumber(), state(c.state()), balance);
    }

    public static InstrumentRow of(KnownInstrument k, ManagedAccount a) {
        return new InstrumentRow(k, a.currency(), state(a.state()),
                a.balances() == null ? "" : Money.format(a.balances().availableBalance(), a.currency()));
    }

    public static InstrumentRow unreadable(KnownInstrument k, String why) {
        return new InstrumentRow(remembered(k).known(), remembered(k).numberOrCurrency(), why, "");
    }

    public String kindText() {
        return Messages.get("workspace.kind." + known.kind().name());
    }

    public String sourcesText() {
        return known.sources().stream().map(s -> Messages.get("workspace.source." + s.name()))
                .collect(Collectors.joining(", "));
    }

    /** The card number's last four, or an account id's ("the account ending 6015"), as the agent hears them. */
    public String lastFour() {
        return known.kind() == KnownInstrument.Kind.CARD && known.lastFour() != null ? known.lastFour()
                : Ids.lastFour(known.id());
    }

    /**
     * The name column: "···6015" and the friendly name; the digits an agent is told ("the account ending 6015") come
     * first so a narrow column cuts the name, not them, and a search by them shows why each row matched (an
     * account's currency alone named none).
     */
    public String nameText() {
        String name = nz(known.friendlyName());
        return "\u00b7\u00b7\u00b7" + lastFour() + (name.isBlank() ? "" : " " + name);
    }

    /**
     * Whether the row matches what the agent typed: up to four digits match the end of the last four shown in the
     * name (never digits inside an id, which the agent cannot see matched); else a fragment of the name, of the id,
     * or of the number or currency.
     */
    public boolean matches(String typed) {
        String t = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        if (t.matches("[0-9]{1,4}")) {
            return lastFour().endsWith(t);
        }
        return nz(known.friendlyName()).toLowerCase(Locale.ROOT).contains(t) || known.id().contains(t)
                || numberOrCurrency.toLowerCase(Locale.ROOT).contains(t);
    }

    static String state(InstrumentState s) {
        if (s == null || s.state() == null) {
            return "";
        }
        Object reason = s.blockedReason() != null ? s.blockedReason() : s.destroyedReason();
        return reason == null ? s.state().name() : s.state().name() + " (" + reason + ")";
    }


    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
