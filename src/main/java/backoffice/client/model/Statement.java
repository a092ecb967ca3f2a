package backoffice.client.model;

import java.util.List;

/**
 * One page of an account or card statement (§4.2): its entries, {@code count} (all matching entries, ignoring
 * paging), {@code responseCount} (entries in this page), for instruments holding funds the balance before the range
 * and after it, and the programme's {@code footer} text. The list may be absent when empty; {@code count} and
 * {@code responseCount} are not required by the published contract and are null when the server leaves them out.
 */
public record Statement(List<StatementEntry> entry, Long count, Long responseCount, CurrencyAmount startBalance,
                        CurrencyAmount endBalance, String footer) {

    public Statement {
        entry = entry == null ? List.of() : List.copyOf(entry);
    }
}
