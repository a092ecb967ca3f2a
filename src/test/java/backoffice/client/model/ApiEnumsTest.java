package backoffice.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every typed API value: a value the live API adds later reads as UNKNOWN; every known value survives a round trip. */
class ApiEnumsTest {

    private static final ObjectMapper JSON = Json.mapper();

    static Stream<Class<? extends Enum<?>>> enums() {
        return Stream.of(TransferState.class, BulkStatus.class, BulkMode.class, BulkOperationStatus.class,
                StatementOrder.class, InstrumentType.class);
    }

    @ParameterizedTest
    @MethodSource("enums")
    void aValueWeDoNotKnowReadsAsUnknown(Class<? extends Enum<?>> type) throws Exception {
        Enum<?> read = JSON.readValue("\"SOMETHING_NEW\"", type);
        assertThat(read.name()).isEqualTo("UNKNOWN");
    }

    @ParameterizedTest
    @MethodSource("enums")
    void everyKnownValueSurvivesARoundTrip(Class<? extends Enum<?>> type) throws Exception {
        for (Enum<?> value : type.getEnumConstants()) {
            String wire = JSON.writeValueAsString(value);
            assertThat(JSON.readValue(wire, type)).as(wire).isEqualTo(value);
        }
    }

    @Test
    void instrumentTypesAreWrittenAsTheApiWritesThem() throws Exception {
        assertThat(JSON.writeValueAsString(InstrumentId.card("7"))).isEqualTo(
                "{\"type\":\"managed_cards\",\"id\":\"7\"}");
        assertThat(JSON.readValue("{\"type\":\"managed_accounts\",\"id\":\"8\"}", InstrumentId.class))
                .isEqualTo(InstrumentId.account("8"));
        assertThat(JSON.readValue("{\"id\":\"9\"}", InstrumentId.class).type()).isEqualTo(InstrumentType.UNKNOWN);
        assertThat(InstrumentType.of("MANAGED_CARDS")).as("only the wire spelling").isEqualTo(InstrumentType.UNKNOWN);
    }

    @Test
    void theTolerantParsersAgreeWithJackson() {
        assertThat(Arrays.stream(TransferState.values()).map(v -> TransferState.of(v.name())))
                .containsExactly(TransferState.values());
        assertThat(BulkStatus.of(null)).isEqualTo(BulkStatus.UNKNOWN);
        assertThat(BulkOperationStatus.of("done")).isEqualTo(BulkOperationStatus.UNKNOWN);
        assertThat(BulkMode.of("ON_FAILURE_STOP")).isEqualTo(BulkMode.ON_FAILURE_STOP);
        assertThat(StatementOrder.of("asc")).isEqualTo(StatementOrder.UNKNOWN);
    }

    @Test
    void aTransferKeepsAStateWeDoNotKnowAsSentAndAMissingBulkStatusIsUnknown() throws Exception {
        Transfer t = JSON.readValue("{\"id\":\"1\",\"state\":\"RETURNED_BY_BANK\"}", Transfer.class);
        assertThat(t.state()).isEqualTo("RETURNED_BY_BANK");
        assertThat(t.knownState()).isEqualTo(TransferState.UNKNOWN);
        assertThat(JSON.writeValueAsString(t)).doesNotContain("knownState");
        BulkProcess b = JSON.readValue("{\"bulkId\":\"1\",\"operationStatusCounts\":[{\"count\":2}]}",
                BulkProcess.class);
        assertThat(b.status()).isEqualTo(BulkStatus.UNKNOWN);
        assertThat(b.operationStatusCounts().get(0).status()).isEqualTo(BulkOperationStatus.UNKNOWN);
    }
}
