package backoffice.client.money;

import backoffice.client.model.InstrumentType;
import backoffice.testsupport.Customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.RequestOptions;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ValidationException;
import backoffice.client.model.ChargeFee;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.testsupport.SandboxTestBase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §6.4 over real HTTP: charging a custom fee, every refusal, debit cards, idempotency, deprecated twins. */
class FeesSandboxIT extends SandboxTestBase {

    private static final String FEE_TYPE = "PRINTED_CARD_ACCOUNT_STATEMENT";
    private static final long FEE = 103;

    private static RequestOptions ref() {
        return RequestOptions.idempotent(UUID.randomUUID().toString());
    }

    private void refused(Customer c, String feeType, InstrumentId source, String code) {
        assertThatThrownBy(() -> c.client.fees().charge(feeType, source, ref()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    @Test
    void feeOnAnAccountWritesAChargeFeeEntry() {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        ChargeFee fee = c.client.fees().charge(FEE_TYPE, c.a, ref()).value();
        assertThat(fee.transactionId().type()).isEqualTo("CHARGE_FEE");
        assertThat(fee.state()).isEqualTo("COMPLETED");
        assertThat(fee.availableBalanceAdjustment()).isEqualTo(new CurrencyAmount("EUR", -FEE));
        assertThat(fee.profileId()).isEqualTo(sandbox.server.state().identity(c.id).orElseThrow().profileId());
        assertThat(c.available(c.a)).isEqualTo(before - FEE);
        StatementEntry e = last(sandbox.server.state().entries(sandbox.server.state().account(c.a.id()).orElseThrow()));
        assertThat(e.transactionAmount().amount()).isEqualTo(-FEE);
        assertThat(e.cardholderFee().amount()).isZero();
        assertThat(e.additionalFields()).containsEntry("chargeFeeType", FEE_TYPE);
    }

    @Test
    void feeOnADebitCardIsTakenFromItsParentAccount() {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        ChargeFee fee = c.client.fees().charge(FEE_TYPE, c.debit, ref()).value();
        assertThat(fee.availableBalanceAdjustment().amount()).isZero();
        assertThat(c.available(c.a)).isEqualTo(before - FEE);
        var state = sandbox.server.state();
        StatementEntry onAccount = last(state.entries(state.account(c.a.id()).orElseThrow()));
        assertThat(onAccount.additionalFields()).containsEntry("relatedCardId", c.debit.id());
        assertThat(last(state.entries(state.card(c.debit.id()).orElseThrow())).transactionId())
                .isEqualTo(onAccount.transactionId());
    }

    @Test
    void feeOnAPrepaidCardComesFromItsBalance() {
        Customer c = new Customer(sandbox);
        c.client.transfers().create(new CreateTransfer(c.profileId, null, c.a, c.prepaid,
                new CurrencyAmount("EUR", 1_000), null, null), ref());
        c.client.fees().charge(FEE_TYPE, c.prepaid, ref());
        assertThat(c.available(c.prepaid)).isEqualTo(1_000 - FEE);
    }

    @Test
    void feeTypeIsResolvedBeforeTheInstrument() {
        Customer c = new Customer(sandbox);
        refused(c, "NO_SUCH_FEE", InstrumentId.account("123456789012345678"), "UNRESOLVED_FEE_TYPE");
        refused(c, FEE_TYPE, InstrumentId.account("123456789012345678"), "UNRESOLVED_INSTRUMENT");
        refused(c, FEE_TYPE, new Customer(sandbox).a, "UNRESOLVED_INSTRUMENT");
        refused(c, FEE_TYPE, c.b, "FUNDS_INSUFFICIENT");
        assertThat(c.available(c.b)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc"})
    void badSourceIdsAreRefused(String id) {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.fees().charge(FEE_TYPE, InstrumentId.account(id), ref()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("source.id"));
    }

    @Test
    void badSourceTypeIsReportedOnSourceAndType() {
        Customer c = new Customer(sandbox);
        InstrumentId unknownType = new InstrumentId(InstrumentType.UNKNOWN, c.a.id());
        assertThatThrownBy(() -> c.client.fees().charge(FEE_TYPE, unknownType, ref()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors())
                        .extracting(v -> v.fieldName()).containsExactly("source", "type"));
    }

    @Test
    void sameRefReplaysTheSameChargeAndAnotherFeeTypeIsInvalid() {
        Customer c = new Customer(sandbox);
        RequestOptions once = ref();
        ChargeFee first = c.client.fees().charge(FEE_TYPE, c.a, once).value();
        ChargeFee again = c.client.fees().charge(FEE_TYPE, c.a, once).value();
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> c.client.fees().charge("CARD_REPLACEMENT", c.a, once))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.validationErrors().get(0).error()).isEqualTo("INVALID_REQUEST"));
        assertThat(sandbox.server.state().entries(sandbox.server.state().account(c.a.id()).orElseThrow())
                .stream().filter(e -> e.transactionId().type().equals("CHARGE_FEE")).count()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedVariantsBehaveTheSame() {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        for (String path : List.of("corporates", "consumers")) {
            c.client.fees().chargeVia(path, FEE_TYPE, c.a, ref());
        }
        assertThat(c.available(c.a)).isEqualTo(before - 2 * FEE);
        assertThatThrownBy(() -> c.client.fees().chargeVia("corporates", "NOPE", c.a, ref()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("UNRESOLVED_FEE_TYPE"));
    }

    private static StatementEntry last(List<StatementEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}
