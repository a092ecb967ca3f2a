package backoffice.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Before each test, the real console ({@link ConsoleUiKit}: real runner, embedded demo sandbox, scripted dialogs, no
 * keychain) in a fresh folder, shown in TestFX's primary stage; after it, the console closed, the stage cleaned up
 * and the folder deleted. Replaces TestFX's {@code ApplicationExtension} and a {@code @Start} method; resolves
 * {@link ConsoleUiKit}, {@link FxRobot} and {@link Stage} (the window the console is in) parameters:
 *
 * <pre>{@code
 * @ExtendWith(ConsoleExtension.class)
 * class XxxFlowTest {
 *     @Test
 *     void flow(FxRobot robot, ConsoleUiKit kit) { ... }
 * }}</pre>
 */
public final class ConsoleExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ConsoleExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ConsoleUiKit kit = new ConsoleUiKit(Files.createTempDirectory("console-ui-"));
        context.getStore(NAMESPACE).put(ConsoleUiKit.class, kit);
        FxToolkit.registerPrimaryStage();
        Application shown = FxToolkit.setupApplication(() -> new ApplicationAdapter(new ApplicationFixture() {
            @Override
            public void init() {
            }

            @Override
            public void start(Stage stage) {
                kit.show(stage, ConsoleUiKit.NO_KEYCHAIN);
            }

            @Override
            public void stop() {
            }
        }));
        context.getStore(NAMESPACE).put(Application.class, shown);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        ConsoleUiKit kit = context.getStore(NAMESPACE).remove(ConsoleUiKit.class, ConsoleUiKit.class);
        Application shown = context.getStore(NAMESPACE).remove(Application.class, Application.class);
        if (kit == null) {
            return; // beforeEach failed before the console existed
        }
        try {
            kit.close();
            if (shown != null) {
                FxToolkit.cleanupAfterTest(new FxRobot(), shown);
                WaitForAsyncUtils.waitForFxEvents();
            }
        } finally {
            deleteTree(kit.home);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ConsoleUiKit.class || type == FxRobot.class || type == Stage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == FxRobot.class) {
            return new FxRobot();
        }
        if (parameter.getParameter().getType() == Stage.class) {
            return FxToolkit.toolkitContext().getRegisteredStage();
        }
        return context.getStore(NAMESPACE).get(ConsoleUiKit.class, ConsoleUiKit.class);
    }

    /** Deletes the console's folder; what a late background write keeps there is left to the OS, with a warning. */
    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.getLogger(ConsoleExtension.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not delete " + root + ": " + e);
        }
    }
}
