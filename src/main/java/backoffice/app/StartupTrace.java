package backoffice.app;

/**
 * With {@code -Dbackoffice.startupTrace=true} (for the packaged app: {@code JAVA_TOOL_OPTIONS}): prints to stderr how
 * long each step of building the first frame took on the FX thread (src/bench/README.md, "Installed app start-up").
 * Silent and free otherwise.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("backoffice.startupTrace");
    private static long last;

    private StartupTrace() {
    }

    static void mark(String step) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        if (last != 0) {
            System.err.printf("startup-trace %-10s %6.1f ms%n", step, (now - last) / 1e6);
        }
        last = now;
    }
}
