package backoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The installer's AppCDS training still finds (nearly) every class the console recorded at start-up. */
class CdsTrainingTest {

    @Test
    void loadsTheRecordedStartupClassesWithoutADisplay() throws Exception {
        long listed;
        try (var in = CdsTraining.class.getResourceAsStream("/backoffice/app/cds-classlist.txt")) {
            listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
        }
        int loaded = CdsTraining.run();
        assertThat(listed).isGreaterThan(3_000);
        assertThat(loaded).as("classes of the recorded list that still exist").isGreaterThan((int) (listed * 0.95));
    }
}
