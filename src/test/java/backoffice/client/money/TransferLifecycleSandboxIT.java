package backoffice.client.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.RequestOptions;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ValidationException;
import backoffice.client.json.Json;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import backoffice.client.transfers.TransferFilter;
import backoffice.testsupport.Customer;
import backoffice.testsupport.Demo;
import backoffice.testsupport.MovingClock;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Transfers as the published contract has them, over real HTTP: scheduled ones wait for their time and then run
 * (or are cancelled with the reason), a processor's REJECTED/FAILED gives the money back on both statements, and
 * 400 bodies take the shape the document gives each operation (AT_MOST, never SIZE).
 */
class TransferLifecycleSandboxIT extends SandboxTestBase {

    private static final long FEE = 100;

    /** The sandbox's clock: a scheduled transfer's time comes when the test moves it, not by sleeping. */
    @Demo
    private static final MovingClock clock = MovingClock.startingNow();

    private static RequestOptions ref() {
        return RequestOptions.idempotent(UUID.randomUUID().toString());
    }

    private static CreateTransfer order(Customer c, long amount, String scheduled) {
        return new CreateTransfer(c.profileId, null, c.a, c.b, new CurrencyAmount("EUR", amount), "Rent", scheduled);
    }

    @Test
    void aScheduledTransferWaitsForItsTimeThenRuns() throws Exception {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        long at = clock.millis() + 1_500;
        Transfer t = c.client.transfers().create(order(c, 10_000, Long.toString(at)), ref()).value();
        assertThat(t.state()).isEqualTo("SCHEDULED");
        assertThat(t.scheduledTimestamp()).isEqualTo(Long.toString(at));
        assertThat(c.available(c.a)).as("nothing moves before its time").isEqualTo(before);
        assertThat(c.client.transfers().get(t.id()).state()).isEqualTo("SCHEDULED");
        clock.advance(Duration.ofMillis(1_499));
        assertThat(c.client.transfers().get(t.id()).state()).as("a millisecond early").isEqualTo("SCHEDULED");
        clock.advance(Duration.ofMillis(1));
        Transfer ran = c.client.transfers().get(t.id());
        assertThat(ran.state()).isEqualTo("COMPLETED");
        assertThat(Long.parseLong(ran.executionTimestamp())).isGreaterThanOrEqualTo(at);
        assertThat(c.available(c.a)).isEqualTo(before - 10_000 - FEE);
        assertThat(c.available(c.b)).isEqualTo(10_000);
    }

    @Test
    void aScheduledTransferThatCannotRunAtItsTimeIsCancelledWithTheReason() throws Exception {
        Customer c = new Customer(sandbox);
        long all = c.available(c.a);
        Transfer t = c.client.transfers().create(order(c, all, Long.toString(clock.millis() + 800)),
                ref()).value();
        assertThat(t.state()).as("funds are checked when it runs").isEqualTo("SCHEDULED");
        clock.advance(Duration.ofMillis(800));
        Transfer cancelled = c.client.transfers().get(t.id());
        assertThat(cancelled.state()).isEqualTo("CANCELLED");
        assertThat(cancelled.cancellationReason()).isEqualTo("FUNDS_INSUFFICIENT");
        assertThat(c.available(c.a)).isEqualTo(all);
    }

    @Test
    void aScheduledTimeInThePastOrNotDigitsIsRefused() throws Exception {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.transfers().create(order(c, 100, "1000"), ref()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorCode())
                        .isEqualTo("SCHEDULED_TIMESTAMP_INVALID"));
        assertThatThrownBy(() -> c.client.transfers().create(order(c, 100, "tomorrow"), ref()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors().get(0)
                        .fieldName()).isEqualTo("scheduledTimestamp"));
        assertThat(c.client.transfers().list(TransferFilter.NONE, 0, 10).count()).isZero();
    }

    @Test
    void aRejectedTransferGivesTheMoneyBackOnBothStatements() {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        Transfer t = c.client.transfers().create(order(c, 7_000, null), ref()).value();
        sandbox.admin("/sandbox/transfers/" + t.id() + "/state", "{\"state\":\"REJECTED\"}", 204);
        assertThat(c.client.transfers().get(t.id()).state()).isEqualTo("REJECTED");
        assertThat(c.available(c.a)).isEqualTo(before);
        assertThat(c.available(c.b)).isZero();
        var state = sandbox.server.state();
        for (InstrumentId side : new InstrumentId[] {c.a, c.b}) {
            var entries = state.entries(state.account(side.id()).orElseThrow()).stream()
                    .filter(e -> e.transactionId().id().equals(t.id())).toList();
            assertThat(entries).as("the transfer and its reversal on " + side.id()).hasSize(2);
            assertThat(entries.stream().mapToLong(e -> e.transactionAmount().amount()).sum()).isZero();
        }
        sandbox.admin("/sandbox/transfers/" + t.id() + "/state", "{\"state\":\"FAILED\"}", 409);
    }

    @Test
    void aFailedScheduledTransferNeverRuns() throws Exception {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        Transfer t = c.client.transfers().create(order(c, 500, Long.toString(clock.millis() + 600)),
                ref()).value();
        sandbox.admin("/sandbox/transfers/" + t.id() + "/state", "{\"state\":\"FAILED\"}", 204);
        clock.advance(Duration.ofMillis(800));
        assertThat(c.client.transfers().get(t.id()).state()).isEqualTo("FAILED");
        assertThat(c.available(c.a)).isEqualTo(before);
    }

    @Test
    void tooLongIsAtMostAndFeeChargeAnswersInTheSyntaxErrorsShape() throws IOException {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.transfers().create(new CreateTransfer(c.profileId, null, c.a, c.b,
                new CurrencyAmount("EUR", 1), "x".repeat(256), null), ref()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors().get(0)
                        .error()).isEqualTo("AT_MOST"));
        String token = sandbox.client().impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, c.id))
                .bearer();
        try (var r = sandbox.rawCall("POST", "/multi/backoffice/fees/charge", sandbox.server.apiKey(), token,
                "{\"source\":{\"type\":\"managed_accounts\",\"id\":\"" + c.a.id() + "\"}}")) {
            assertThat(r.code()).isEqualTo(400);
            JsonNode body = Json.mapper().readTree(r.body().string());
            assertThat(body.has("validationErrors")).isFalse();
            assertThat(body.path("syntaxErrors").path("invalidFields").get(0).path("fieldName").asText())
                    .isEqualTo("feeType");
            assertThat(body.path("syntaxErrors").path("invalidFields").get(0).path("error").asText())
                    .isEqualTo("REQUIRED");
        }
        try (var r = sandbox.rawCall("POST", "/multi/backoffice/corporates/fees/charge", sandbox.server.apiKey(),
                token, "{\"source\":{\"type\":\"managed_accounts\",\"id\":\"" + c.a.id() + "\"}}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(Json.mapper().readTree(r.body().string()).has("validationErrors"))
                    .as("the deprecated twin keeps the validationErrors shape").isTrue();
        }
    }
}
