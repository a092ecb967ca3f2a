package backoffice.app.workspace;

import backoffice.journal.JournalEntry;
import java.time.Instant;
import java.util.List;

/**
 * One call with a customer: its id, who (identity key "TYPE id" and the agent's label), the agent, the environment,
 * when it started and ended, what was done meanwhile (the journal entries carrying its id), what was done earlier in
 * the same impersonation while no call was open ({@code earlier}), and the agent's notes.
 */
public record CallRecord(String id, String identity, String label, String agent, String environment, Instant start,
                         Instant end, List<JournalEntry> actions, List<JournalEntry> earlier, String notes) {

    public CallRecord {
        actions = actions == null ? List.of() : List.copyOf(actions);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        notes = notes == null ? "" : notes;
        label = label == null ? "" : label;
    }
}
