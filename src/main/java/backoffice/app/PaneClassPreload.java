package backoffice.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, on a background thread once the console is up, the classes the panes load the first time they are opened
 * (the list, {@value #LIST}, is recorded from the console itself: {@code src/bench/pane-classes.sh}). Loading a class
 * from a jar (inflate, parse, verify) happens on the thread that first needs it; for a pane that is the FX thread, and
 * opening the Statements pane the first time loaded ~600 classes there. Classes are loaded and linked, not
 * initialised: no static initialiser runs off the FX thread.
 */
public final class PaneClassPreload {

    static final String LIST = "/backoffice/app/pane-classes.txt";
    /** {@code -Dbackoffice.preloadPanes=false} turns it off (the list's recording does). */
    static final String PROPERTY = "backoffice.preloadPanes";

    private PaneClassPreload() {
    }

    /** Starts the daemon thread that loads the recorded classes, unless {@value #PROPERTY} is {@code false}. */
    public static void startUnlessOff() {
        if (!"false".equals(System.getProperty(PROPERTY))) {
            start();
        }
    }

    /** Starts the daemon thread that loads the recorded classes; returns it. */
    static Thread start() {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            List<String> names = names();
            int loaded = load(names, PaneClassPreload.class.getClassLoader());
            System.getLogger("backoffice.app").log(System.Logger.Level.INFO, "Pane classes preloaded: {0} of {1} in "
                    + "{2} ms", loaded, names.size(), (System.nanoTime() - t0) / 1_000_000);
        }, "class-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** The recorded class names, in the order the console loaded them; none if the list is missing. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        InputStream in = PaneClassPreload.class.getResourceAsStream(LIST);
        if (in == null) {
            return names;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // only an optimisation: the panes load what they need themselves
        }
        return names;
    }

    /** Loads and links each class that exists; returns how many did. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                // asking for its constructors links the class (verifies its bytecode) without initialising it
                c.getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // a class of another version or platform: the pane will load what it needs itself
            }
        }
        return loaded;
    }
}
