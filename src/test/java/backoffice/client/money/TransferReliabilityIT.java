package backoffice.client.money;

import backoffice.testsupport.Customer;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.error.ApiConnectionException;
import backoffice.client.error.BackOfficeException;
import backoffice.client.error.ServerException;
import backoffice.client.http.RetryPolicy;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.Transfer;
import backoffice.sandbox.http.Faults;
import backoffice.sandbox.store.Instrument;
import backoffice.testsupport.SandboxFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 1,000 transfers through the client while the sandbox injects 30 % faults: 10 % 503s, 10 % dropped connections,
 * 10 % drop-after-commit. Each intended transfer has one idempotency-ref; the client's retries reuse it, and when a
 * call still ends in an error (a clear, retryable one) the "agent" tries again with the same ref. Afterwards the
 * ledger holds exactly 1,000 transfers, no duplicates, and every balance reconciles with its statement.
 */
class TransferReliabilityIT {

    private static final int TRANSFERS = 1_000;

    @Test
    void aThousandTransfersUnderFaultsHappenExactlyOnce() {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            Customer c = new Customer(sandbox);
            sandbox.admin("/sandbox/deposits", "{\"managedAccountId\":\"" + c.a.id() + "\",\"amount\":10000000}", 201);
            var state = sandbox.server.state();
            Set<String> before = new HashSet<>();
            state.transfers().forEach(t -> before.add(t.id()));
            String token = sandbox.client().impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, c.id))
                    .bearer();
            BackOfficeClient client = sandbox.clientBuilder(sandbox.server.apiKey())
                    .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { })).build().impersonating(token);
            sandbox.server.setFaults(new Faults(0, 0.10, 0.10, 0.10));
            int finalErrors = 0;
            int agentRetries = 0;
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < TRANSFERS; i++) {
                InstrumentId from = i % 2 == 0 ? c.a : c.b;
                InstrumentId to = i % 2 == 0 ? c.b : c.a;
                long amount = i % 2 == 0 ? 1_000 : 500;
                CreateTransfer order = new CreateTransfer(c.profileId, "r" + i, from, to,
                        new CurrencyAmount("EUR", amount), null, null);
                RequestOptions once = RequestOptions.idempotent(UUID.randomUUID().toString());
                Transfer done = null;
                for (int attempt = 0; done == null && attempt < 20; attempt++) {
                    try {
                        done = client.transfers().create(order, once).value();
                    } catch (ApiConnectionException | ServerException retryable) {
                        finalErrors++;
                        agentRetries++;
                    } catch (BackOfficeException other) {
                        throw new AssertionError("unexpected refusal on transfer " + i + ": " + other, other);
                    }
                }
                assertThat(done).as("transfer %d completed", i).isNotNull();
                ids.add(done.id());
            }
            sandbox.server.setFaults(Faults.NONE);
            // only this customer's transfers: the demo seed's running bulk keeps making its own meanwhile
            Set<String> ours = Set.of(c.a.id(), c.b.id());
            List<Transfer> created = state.transfers().stream().filter(t -> !before.contains(t.id()))
                    .filter(t -> ours.contains(t.source().id())).toList();
            assertThat(created).hasSize(TRANSFERS);
            assertThat(ids).hasSize(TRANSFERS).containsExactlyInAnyOrderElementsOf(
                    created.stream().map(Transfer::id).toList());
            assertThat(created.stream().map(Transfer::tag).distinct().count()).isEqualTo(TRANSFERS);
            for (InstrumentId i : List.of(c.a, c.b)) {
                Instrument instrument = state.account(i.id()).orElseThrow();
                long sum = state.entries(instrument).stream().mapToLong(e -> e.availableBalanceAdjustment().amount())
                        .sum();
                assertThat(sum).isEqualTo(instrument.balances().availableBalance());
            }
            long fees = 100L * TRANSFERS;
            assertThat(c.available(c.a) + c.available(c.b)).isEqualTo(100_000 - 110 + 10_000_000 - 110 - fees);
            System.out.printf("reliability: %d transfers, %d calls ended in a retryable error and were retried by"
                    + " the agent with the same ref, 0 duplicates%n", TRANSFERS, agentRetries);
            assertThat(finalErrors).isEqualTo(agentRetries);
        }
    }
}
