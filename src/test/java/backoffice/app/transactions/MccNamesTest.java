package backoffice.app.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every MCC has a category: its own name when known, else the card networks' range it falls in. */
class MccNamesTest {

    @Test
    void everyCodeFrom0001To9999HasACategory() {
        assertThat(IntStream.rangeClosed(1, 9999).mapToObj(c -> String.format("%04d", c))
                .filter(c -> MccNames.name(c) == null)).isEmpty();
    }

    @Test
    void codesOutsideTheTableAreNamedByTheirRange() {
        assertThat(MccNames.describe("3509")).isEqualTo("3509 Lodging/Hotels");
        assertThat(MccNames.name("3501")).isEqualTo("Lodging/Hotels");
        assertThat(MccNames.name("3999")).isEqualTo("Lodging/Hotels");
        assertThat(MccNames.name("3000")).isEqualTo("Airlines");
        assertThat(MccNames.name("3299")).isEqualTo("Airlines");
        assertThat(MccNames.name("3351")).isEqualTo("Car Rental");
        assertThat(MccNames.name("3441")).isEqualTo("Car Rental");
        assertThat(MccNames.name("4112")).isEqualTo("Transportation Services");
        assertThat(MccNames.name("4899")).isEqualTo("Utility Services");
        assertThat(MccNames.name("5399")).isEqualTo("Retail Outlet Services");
        assertThat(MccNames.name("5611")).isEqualTo("Clothing Stores");
        assertThat(MccNames.name("5944")).isEqualTo("Miscellaneous Stores");
        assertThat(MccNames.name("7372")).isEqualTo("Business Services");
        assertThat(MccNames.name("8062")).isEqualTo("Professional Services and Membership Organisations");
        assertThat(MccNames.name("9311")).isEqualTo("Government Services");
        assertThat(MccNames.name("0742")).isEqualTo("Agricultural Services");
        assertThat(MccNames.name("1711")).isEqualTo("Contracted Services");
    }

    @Test
    void aKnownCodeKeepsItsOwnNameAndWhatIsNoCodeStaysAsItCame() {
        assertThat(MccNames.describe("7995")).isEqualTo("7995 Betting/Casino Gambling");
        assertThat(MccNames.describe("7011")).isEqualTo("7011 Hotels and Lodging");
        assertThat(MccNames.describe("0000")).isEqualTo("0000");
        assertThat(MccNames.describe("35090")).isEqualTo("35090");
        assertThat(MccNames.describe("")).isEqualTo("");
    }
}
