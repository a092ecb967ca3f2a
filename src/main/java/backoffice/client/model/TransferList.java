package backoffice.client.model;

import java.util.List;

/** {@code GET /transfers}: one page, plus {@code count} of all matching transfers. */
public record TransferList(List<Transfer> transfer, long count, int responseCount) {
}
