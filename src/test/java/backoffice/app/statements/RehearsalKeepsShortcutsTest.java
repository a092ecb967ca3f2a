package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The statement table's rehearsal leaves the scene's shortcuts as they were: a stand-in's "Copy row" (Shortcut+C) went
 * into the scene's accelerators and, when the stand-in was taken out, JavaFX removed Shortcut+C from them, the real
 * table's copy included (found by review).
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalKeepsShortcutsTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        VBox pane = new VBox(new StatementTable(new StatementRows(), "statement", "statements.empty"));
        StatementTable.rehearseIn(pane);
        scene = new Scene(pane, 900, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theRealTablesCopyShortcutIsStillThereAfterTheRehearsal() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TableRehearsal.done(scene));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getAccelerators()).containsKey(KeyCombination.keyCombination("Shortcut+C"));
        assertThat(scene.lookup("#rehearsalTable")).isNull();
    }
}
