package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import backoffice.sandbox.seed.DemoSeed;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.Transfers;
import backoffice.testsupport.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A scheduled transfer on the sandbox's own clock: SCHEDULED until its time, then COMPLETED at once. */
class ScheduledTransfersTest {

    @Test
    void runsExactlyWhenItsTimeComes() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-02T10:00:00Z"));
        SandboxState state = new SandboxState(clock);
        Programme p = state.addProgramme(DemoSeed.builtInProgramme("k"));
        Identity owner = state.addIdentity(p.id(), IdentityType.CORPORATE, "Clockwork Ltd", null, "EUR");
        Account a = state.addAccount(owner, "EUR", "A", null, clock.millis());
        Account b = state.addAccount(owner, "EUR", "B", null, clock.millis());
        state.deposit(a, 100_000, 0, clock.millis());
        long due = clock.millis() + Duration.ofHours(3).toMillis();
        Transfer t = new Transfers(state).create(owner, p, new Transfers.Order(p.transferProfileId(), null,
                InstrumentId.account(a.id()), InstrumentId.account(b.id()), "EUR", 5_000, null, due));
        assertThat(t.state()).isEqualTo("SCHEDULED");

        clock.set(Instant.ofEpochMilli(due - 1));
        state.scheduled().runDue();
        assertThat(state.transferById(t.id()).orElseThrow().state()).isEqualTo("SCHEDULED");
        assertThat(b.balances().availableBalance()).isZero();

        clock.set(Instant.ofEpochMilli(due));
        state.scheduled().runDue();
        Transfer ran = state.transferById(t.id()).orElseThrow();
        assertThat(ran.state()).isEqualTo("COMPLETED");
        assertThat(ran.executionTimestamp()).isEqualTo(Long.toString(due));
        assertThat(ran.scheduledTimestamp()).isEqualTo(Long.toString(due));
        assertThat(b.balances().availableBalance()).isEqualTo(5_000);
        assertThat(a.balances().availableBalance()).isEqualTo(100_000 - 5_000 - p.transferFee("EUR"));
    }
}
