package backoffice.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The test kit itself: the console is shown in the stage it resolves, in a folder of its own, connected. */
@ExtendWith(ConsoleExtension.class)
class ConsoleExtensionTest {

    @Test
    void theConsoleIsShownInTheResolvedStageInItsOwnFolder(FxRobot robot, ConsoleUiKit kit, Stage stage)
            throws Exception {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getScene().getRoot()).isSameAs(kit.console.shell());
        assertThat(robot.listTargetWindows()).contains(stage);
        assertThat(Files.isDirectory(kit.home)).isTrue();
        assertThat(kit.dirs.journalFile()).startsWithRaw(kit.home);
        ConsoleUiKit.waitUntil(() -> kit.console.session().connection() != null);
        assertThat(kit.console.session().connection().rootUrl()).isEqualTo(kit.server().rootUrl());
    }
}
