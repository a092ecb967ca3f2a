package backoffice.client.model;

import java.util.List;

/**
 * One page of an account or card statement (§4.2): its entries, {@code count} (all matching entries, ignoring
 * paging), {@code responseCount} (entries in this page) and, for instruments holding funds, the balance before the
 * range and after it. The list may be absent when empty.
 */
public record Statement(List<StatementEntry> entry, long count, long responseCount, CurrencyAmount startBalance,
                        CurrencyAmount endBalance) {

    public Statement {
        entry = entry == null ? List.of() : List.copyOf(entry);
    }
}
