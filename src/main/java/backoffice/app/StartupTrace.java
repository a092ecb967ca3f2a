package backoffice.app;

/**
 * With {@code -Dbackoffice.startupTrace=true}: prints to stderr how long each step of building the first frame took
 * on the FX thread, for the start-up benchmark ({@code src/bench/startup-phases.sh}). Silent and free otherwise.
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
