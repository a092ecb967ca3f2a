package backoffice.app.task;

/** What background work may tell the UI while it runs, and how it learns it was cancelled. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    void message(String text);

    boolean isCancelled();
}
