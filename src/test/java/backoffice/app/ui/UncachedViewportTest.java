package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.shell.PaneFit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every pane sits in a scroll pane; JavaFX's skin caches a scroll pane's viewport as one bitmap, so a progress bar's
 * step repainted the whole pane (issue 18: the renderer 0.7-0.96 s CPU per statement load, the FX thread waiting for
 * it). The shell's scroller, and any scroller given to {@link UncachedViewport}, has no such cache.
 */
@ExtendWith(ApplicationExtension.class)
class UncachedViewportTest {

    private ScrollPane plain;
    private ScrollPane installed;
    private ScrollPane shell;

    @Start
    void start(Stage stage) {
        plain = new ScrollPane(new Label("plain"));
        installed = UncachedViewport.install(new ScrollPane(new ProgressBar(0.5)));
        shell = PaneFit.scrolling(new VBox(new Label("a pane")));
        stage.setScene(new Scene(new VBox(plain, installed, shell), 300, 300));
        stage.show();
    }

    @Test
    void javaFxCachesAPlainScrollPanesViewportAndOursHaveNoCache() {
        WaitForAsyncUtils.waitForFxEvents();
        // what JavaFX does (if it stops, this class is no longer needed)
        assertThat(plain.getChildrenUnmodifiable()).anyMatch(n -> n.getStyleClass().contains("viewport") && n.isCache());
        assertThat(UncachedViewport.isUncached(plain)).isFalse();
        assertThat(UncachedViewport.isUncached(installed)).isTrue();
        assertThat(UncachedViewport.isUncached(shell)).isTrue();
    }

    @Test
    void aReplacedSkinIsUncachedToo(FxRobot robot) {
        robot.interact(() -> installed.setSkin(new ScrollPaneSkin(installed)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UncachedViewport.isUncached(installed)).isTrue();
    }
}
