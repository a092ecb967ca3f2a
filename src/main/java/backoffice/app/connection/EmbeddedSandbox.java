package backoffice.app.connection;

import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;

/** The in-process sandbox behind the "Embedded sandbox" environment: started once, on a free loopback port. */
public final class EmbeddedSandbox implements AutoCloseable {

    private final SandboxConfig config;
    private SandboxServer server;

    public EmbeddedSandbox(SandboxConfig config) {
        this.config = config;
    }

    /** Starts it if needed (seed included); call off the FX thread. */
    public synchronized SandboxServer ensureStarted() {
        if (server == null) {
            server = SandboxServer.start(config);
        }
        return server;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
