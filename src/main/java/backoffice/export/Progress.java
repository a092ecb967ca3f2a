package backoffice.export;

import java.util.concurrent.CancellationException;

/** Where long export work reports how far it got, and learns that the agent cancelled it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();

    /** Throws {@link CancellationException} when cancelled (or the thread was interrupted). */
    default void check() {
        if (cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Export cancelled");
        }
    }
}
