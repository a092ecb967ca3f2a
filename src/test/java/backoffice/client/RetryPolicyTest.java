package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.http.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @ParameterizedTest(name = "attempt {0}: {1}..{2} ms")
    @CsvSource({"1, 375, 500", "2, 750, 1000", "3, 1500, 2000", "10, 3750, 5000"})
    void backoffDoublesWithJitterBetween75And100PercentAndIsCapped(int attempt, long min, long max) {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delayBefore(attempt, null).toMillis()).isBetween(min, max);
        }
    }

    @Test
    void serverResetHintWinsButIsCappedAtAMinute() {
        assertThat(policy.delayBefore(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayBefore(1, Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @CsvSource({"GET,false,true", "DELETE,false,true", "POST,false,false", "PATCH,false,false", "POST,true,true",
            "PATCH,true,true"})
    void onlySafeMethodsOrIdempotentRequestsAreReplayable(String method, boolean hasRef, boolean replayable) {
        assertThat(RetryPolicy.isReplayable(method, hasRef)).isEqualTo(replayable);
    }

    @ParameterizedTest
    @CsvSource({"429,true", "500,true", "503,true", "400,false", "401,false", "404,false", "409,false"})
    void retryableStatuses(int status, boolean retryable) {
        assertThat(RetryPolicy.isRetryableStatus(status)).isEqualTo(retryable);
    }

    @Test
    void boundedAttempts() {
        assertThat(policy.hasAttemptsLeft(3)).isTrue();
        assertThat(policy.hasAttemptsLeft(4)).isFalse();
        assertThat(RetryPolicy.none().hasAttemptsLeft(1)).isFalse();
    }
}
