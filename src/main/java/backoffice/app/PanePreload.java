package backoffice.app;

import backoffice.client.json.Json;
import backoffice.client.model.Statement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Does, on a background thread once the console is connected, the first-time work the panes would otherwise do when
 * first used (issue 18):
 * <ul>
 * <li>loads the classes the panes load the first time they are opened (the list, {@value #LIST}, is recorded from the
 * console itself: {@code src/bench/pane-classes.sh}). Loading a class from a jar (inflate, parse, verify) happens on
 * the thread that first needs it; for a pane that is the FX thread, and opening the Statements pane the first time
 * loaded 619 classes there (hidden ones and PDFBox's included; 2026-12-03). Classes are loaded and linked, not
 * initialised: no static initialiser runs off the FX thread;</li>
 * <li>builds the JSON reader of a statement page: Jackson builds a type's deserializer on its first use, and the first
 * page of the agent's first statement waited for it (first decode of 50 entries ~62 ms cold, ~25 ms with the reader
 * built; building it ~26 ms).</li>
 * </ul>
 */
public final class PanePreload {

    static final String LIST = "/backoffice/app/pane-classes.txt";
    /** {@code -Dbackoffice.preloadPanes=false} turns it off (the list's recording does). */
    static final String PROPERTY = "backoffice.preloadPanes";

    private PanePreload() {
    }

    /** Starts the daemon thread, unless {@value #PROPERTY} is {@code false}. */
    public static void startUnlessOff() {
        if (!"false".equals(System.getProperty(PROPERTY))) {
            start();
        }
    }

    /** Starts the daemon thread; returns it. */
    static Thread start() {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            List<String> names = names();
            int loaded = load(names, PanePreload.class.getClassLoader());
            Json.mapper().readerFor(Statement.class);
            System.getLogger("backoffice.app").log(System.Logger.Level.INFO, "Panes preloaded: {0} of {1} classes, "
                    + "the statement reader, in {2} ms", loaded, names.size(), (System.nanoTime() - t0) / 1_000_000);
        }, "pane-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // where the OS honours it (not Linux): the window's threads first
        t.start();
        return t;
    }

    /** The recorded class names, in the order the console loaded them; none if the list is missing. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        InputStream in = PanePreload.class.getResourceAsStream(LIST);
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
