package backoffice.app.workspace;

import java.util.List;

/** What the workspace remembers of one identity: the agent's label for it and its known instruments. */
public record WorkspaceMemory(String label, List<KnownInstrument> instruments) {

    public static final String KIND = "workspace";

    public WorkspaceMemory {
        label = label == null ? "" : label;
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }
}
