package backoffice.app;

import backoffice.sandbox.SandboxMain;
import java.util.Arrays;

/**
 * Plain entry point (the app is not modular): {@code --sandbox [flags]} runs the sandbox alone, anything else
 * opens the console.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--sandbox")) {
            SandboxMain.main(args);
            return;
        }
        javafx.application.Application.launch(ConsoleApp.class, args);
    }
}
