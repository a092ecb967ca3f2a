package backoffice.app.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import org.junit.jupiter.api.Test;

/** The transfer list's state column: when a scheduled one runs, why one was cancelled, unknown states as sent. */
class TransferStatesTest {

    private static Transfer t(String state, String scheduled, String executed, String reason) {
        return new Transfer("1", "2", null, InstrumentId.account("3"), InstrumentId.account("4"),
                new CurrencyAmount("EUR", 100), null, state, 0, scheduled, executed, reason);
    }

    @Test
    void describesScheduledCancelledRanAndUnknownStates() {
        assertThat(TransferStates.describe(t("SCHEDULED", "1765000800000", null, null)))
                .isEqualTo("SCHEDULED 6 Dec 06:00 UTC");
        assertThat(TransferStates.describe(t("SCHEDULED", "soon", null, null))).isEqualTo("SCHEDULED");
        assertThat(TransferStates.describe(t("CANCELLED", null, null, "FUNDS_INSUFFICIENT")))
                .isEqualTo("CANCELLED: FUNDS_INSUFFICIENT");
        assertThat(TransferStates.describe(t("CANCELLED", null, null, null))).isEqualTo("CANCELLED");
        assertThat(TransferStates.describe(t("COMPLETED", "1765000800000", "1765000800100", null)))
                .startsWith("COMPLETED (ran 6 Dec 06:00");
        assertThat(TransferStates.describe(t("COMPLETED", null, null, null))).isEqualTo("COMPLETED");
        assertThat(TransferStates.describe(t("RETURNED_BY_BANK", null, null, null))).isEqualTo("RETURNED_BY_BANK");
        assertThat(TransferStates.describe(t(null, null, null, null))).isEqualTo("(no state)");
    }
}
