package backoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panes' classes, recorded from the console, are loaded in the background without running their initialisers. */
class PanePreloadTest {

    private static final String INITIALISED = "PanePreloadTest.initialised";

    /** Records that its static initialiser ran (no one reads a field of it, which would run it). */
    static final class Marker {
        static {
            System.setProperty(INITIALISED, "yes");
        }
    }

    @Test
    void theRecordedListNamesClassesOfOursThatStillExistAndNoHiddenOnes() throws Exception {
        List<String> names = PanePreload.names();

        assertThat(names).hasSizeGreaterThan(300).doesNotHaveDuplicates()
                .noneMatch(n -> n.contains("/") || n.contains("$$Lambda") || n.isBlank());
        assertThat(names).as("the panes' own classes are in it").contains(
                "backoffice.app.statements.StatementTable", "backoffice.app.transfers.TransferFormViewModel");
        // a class of ours renamed or removed since the list was recorded: run src/bench/pane-classes.sh again
        for (String name : names) {
            if (name.startsWith("backoffice.")) {
                Class.forName(name, false, getClass().getClassLoader());
            }
        }
    }

    @Test
    void runsOnADaemonThreadOfItsOwnAndEnds() throws Exception {
        Thread preload = PanePreload.start();

        assertThat(preload.isDaemon()).isTrue();
        assertThat(preload.getName()).isEqualTo("pane-preload");
        preload.join(20_000);
        assertThat(preload.isAlive()).isFalse();
    }

    @Test
    void loadsEachClassThatExistsWithoutRunningItsInitialiser() throws Exception {
        String marker = Marker.class.getName();
        // a loader of its own: the marker is loaded (and initialised) afresh each time the test runs
        URL testClasses = Marker.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {testClasses}, ClassLoader.getPlatformClassLoader())) {
            System.clearProperty(INITIALISED);

            int loaded = PanePreload.load(List.of(marker, "backoffice.NoSuchClass", "java.lang.String"), fresh);

            assertThat(loaded).isEqualTo(2);
            assertThat(System.getProperty(INITIALISED)).isNull();
            Class.forName(marker, true, fresh);
            assertThat(System.getProperty(INITIALISED)).as("the marker shows an initialiser that ran").isEqualTo("yes");
        }
    }
}
