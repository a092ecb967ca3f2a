package backoffice.sandbox;

/**
 * Runs the sandbox on its own: {@code --host H --port N --api-key K --seed demo|empty --token-ttl D --faults SPEC}.
 * Prints exactly one line when ready, then serves until killed.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config;
        try {
            config = SandboxConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sandbox: " + e.getMessage());
            System.exit(2);
            return;
        }
        SandboxServer server = SandboxServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sandbox-shutdown"));
        System.out.println("Sandbox listening on " + server.rootUrl() + " (api-key: " + config.apiKey() + ")");
        System.out.flush();
        Thread.currentThread().join();
    }
}
