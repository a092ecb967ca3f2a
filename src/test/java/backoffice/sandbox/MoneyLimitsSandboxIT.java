package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.bulks.BulksService;
import backoffice.client.json.Json;
import backoffice.client.model.BulkItem;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.MoneyLimits;
import backoffice.client.transfers.TransferFilter;
import backoffice.client.RequestOptions;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14.1, the exploit: {@code amount + fee} wrapped for an amount near {@code Long.MAX_VALUE}, the funds check
 * passed and both balances wrapped. Amounts above {@link MoneyLimits#MAX_AMOUNT} are a 400 now, through the API and
 * through a bulk, and no balance moves; a deposit smaller than its fee is refused rather than taking a balance down.
 */
class MoneyLimitsSandboxIT extends SandboxTestBase {

    private JsonNode post(Customer c, String path, String json) throws Exception {
        String token = sandbox.client().impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, c.id))
                .bearer();
        Request request = new Request.Builder().url(sandbox.server.rootUrl() + "/multi/backoffice" + path)
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token)
                .header("idempotency-ref", UUID.randomUUID().toString())
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response r = sandbox.raw().newCall(request).execute()) {
            JsonNode body = Json.mapper().readTree(r.body().string());
            ((ObjectNode) body).put("_status", r.code());
            return body;
        }
    }

    private static String transfer(Customer c, InstrumentId from, InstrumentId to, long amount) {
        return "{\"profileId\":\"" + c.profileId + "\",\"source\":{\"type\":\"" + from.type() + "\",\"id\":\""
                + from.id() + "\"},\"destination\":{\"type\":\"" + to.type() + "\",\"id\":\"" + to.id()
                + "\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":" + amount + "}}";
    }

    @ParameterizedTest(name = "amount {0}")
    @ValueSource(longs = {Long.MAX_VALUE - 50, Long.MAX_VALUE, MoneyLimits.MAX_AMOUNT + 1})
    void aTransferNearLongMaxIsA400AndNoBalanceChanges(long amount) throws Exception {
        Customer c = new Customer(sandbox);
        long a = c.available(c.a);
        long b = c.available(c.b);
        JsonNode answer = post(c, "/transfers", transfer(c, c.a, c.b, amount));
        assertThat(answer.path("_status").asInt()).isEqualTo(400);
        assertThat(answer.path("validationErrors").get(0).path("fieldName").asText())
                .isEqualTo("destinationAmount.amount");
        assertThat(answer.path("validationErrors").get(0).path("error").asText()).isEqualTo("AT_MOST");
        assertThat(c.available(c.a)).isEqualTo(a);
        assertThat(c.available(c.b)).isEqualTo(b);
        assertThat(c.client.transfers().list(new TransferFilter(null, c.a, List.of(),
                null, null, null), 0, 10).items()).isEmpty();
    }

    @Test
    void theSameTransferThroughABulkFailsItsOperationAndNoBalanceChanges() throws Exception {
        sandbox.server.setBulkPace(0);
        Customer c = new Customer(sandbox);
        long a = c.available(c.a);
        long b = c.available(c.b);
        var bulks = c.client.bulks();
        String id = bulks.submitTransfers(List.of(BulkItem.transfer(new CreateTransfer(c.profileId, null, c.a, c.b,
                new CurrencyAmount("EUR", Long.MAX_VALUE - 50), null, null))),
                RequestOptions.idempotent(UUID.randomUUID().toString())).value().bulkId();
        bulks.execute(id, BulkMode.ON_FAILURE_CONTINUE);
        long end = System.nanoTime() + 30_000_000_000L;
        while (bulks.get(id).status() != BulkStatus.FAILED && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(bulks.get(id).status()).isEqualTo(BulkStatus.FAILED);
        assertThat(bulks.operations(id, null, 0, 10).items()).singleElement()
                .satisfies(op -> assertThat(op.status()).isEqualTo(BulkOperationStatus.FAILED));
        assertThat(c.available(c.a)).isEqualTo(a);
        assertThat(c.available(c.b)).isEqualTo(b);
    }

    @ParameterizedTest(name = "deposit of {0}: {1}")
    @CsvSource({Long.MAX_VALUE + ", AT_MOST", MoneyLimits.MAX_AMOUNT + 1 + ", AT_MOST", "1, AT_LEAST"})
    void depositsAboveTheMaximumOrBelowTheirFeeAreRefusedAndNothingMoves(long amount, String error)
            throws Exception {
        Customer c = new Customer(sandbox);
        long a = c.available(c.a);
        try (Response r = sandbox.rawCall("POST", "/sandbox/deposits", sandbox.server.apiKey(),
                "{\"managedAccountId\":\"" + c.a.id() + "\",\"amount\":" + amount + "}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains(error);
        }
        assertThat(c.available(c.a)).isEqualTo(a);
    }
}
