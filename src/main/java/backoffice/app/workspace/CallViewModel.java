package backoffice.app.workspace;

import backoffice.app.command.Operation;
import backoffice.app.command.Outcome;
import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.journal.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The agent's call: "Start call" (or automatically on impersonating) opens a record of who and when; the journal
 * entries written meanwhile carry the call's id; notes are typed along; "End call" writes the end to the journal and
 * produces the wrap-up (plain text and Markdown) to paste into the ticketing system.
 */
public final class CallViewModel {

    public static final String CALL_START = Operation.CALL_START.name();
    public static final String CALL_END = Operation.CALL_END.name();

    // ---- dependencies
    private final ConsoleSession session;
    private final Clock clock;
    private final WrapUp wrapUp;

    // ---- properties
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("call.none"));
    private final ReadOnlyStringWrapper wrapUpPlain = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper wrapUpMarkdown = new ReadOnlyStringWrapper("");
    private final BooleanProperty autoStart = new SimpleBooleanProperty();
    private final List<JournalEntry> actions = new ArrayList<>();
    /** Actions of this impersonation taken while no call was open: the next wrap-up lists them first. */
    private final List<JournalEntry> earlier = new ArrayList<>();
    private String callId;
    private String identity;
    private String name;
    private Instant start;
    private String impersonated;

    public CallViewModel(ConsoleSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.wrapUp = new WrapUp(clock.getZone());
        autoStart.set(session.settings().autoStartCall());
        autoStart.addListener((o, a, now) -> session.updateSettings(s -> s.withAutoStartCall(now)));
        impersonated = key(session.impersonation());
        session.audit().addListener(this::recorded);
        session.impersonationProperty().addListener((o, a, now) -> impersonated(now));
        session.identityNameProperty().addListener((o, a, now) -> named(now));
    }

    // ---- commands

    /** Opens a call record for the impersonated identity; the journal says so. */
    public void startCall() {
        Impersonation who = session.impersonation();
        if (who == null || active.get()) {
            return;
        }
        callId = "call-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        identity = key(who);
        start = clock.instant();
        name = session.identityNameProperty().get();
        actions.clear();
        notes.set("");
        wrapUpPlain.set("");
        wrapUpMarkdown.set("");
        session.audit().setCallId(callId);
        session.audit().record(Operation.CALL_START, callId, Outcome.OK, null, session.identityNameProperty().get());
        active.set(true);
        status.set(Messages.get("call.active", callId, identity));
    }

    /** Ends the call: the end (with the notes) goes to the journal and the wrap-up is ready to copy. */
    public void endCall() {
        if (!active.get()) {
            return;
        }
        String note = notes.get() == null ? "" : notes.get();
        session.audit().record(Operation.CALL_END, callId, Outcome.OK, null, note);
        session.audit().setCallId(null);
        CallRecord call = new CallRecord(callId, identity, name, System.getProperty("user.name"),
                session.environmentLabel(), start, clock.instant(), actions, earlier, note);
        earlier.clear();
        wrapUpPlain.set(wrapUp.plain(call));
        wrapUpMarkdown.set(wrapUp.markdown(call));
        active.set(false);
        status.set(Messages.get("call.ended", callId));
    }

    // ---- helpers

    /**
     * The identity's name as it becomes known during the call (the workspace reads the remembered label after the
     * call has started; the agent may type it): the wrap-up names the customer by it even when the call ends by a
     * switch to another identity, which clears the name first.
     */
    private void named(String now) {
        if (active.get() && now != null && !now.isBlank()) {
            name = now.trim();
        }
    }

    /**
     * An action of the open call goes into its wrap-up; one taken while impersonating with no call open is kept for
     * the next call's wrap-up ("Earlier in this impersonation") and the status says it is in none yet.
     */
    private void recorded(JournalEntry e) {
        String op = e.operation();
        if (op.startsWith("CALL_") || op.endsWith("_ATTEMPT") || op.equals(Operation.IMPERSONATE.name())
                || op.equals(Operation.CLEAR_IMPERSONATION.name())) {
            return;
        }
        if (callId != null && callId.equals(e.callId())) {
            actions.add(e);
        } else if (e.callId() == null && session.impersonation() != null) {
            earlier.add(e);
            if (!active.get()) {
                status.set(Messages.get("call.uncovered", earlier.size()));
            }
        }
    }

    /**
     * Another identity ends the call and clears the panel (its end, notes and actions are in the journal); stopping
     * impersonation ends it too but keeps the wrap-up to paste; a fresh token for the same identity changes nothing.
     */
    private void impersonated(Impersonation now) {
        String next = key(now);
        if (active.get() && !identity.equals(next)) {
            endCall();
        }
        if (!active.get() && !Objects.equals(next, impersonated)) {
            earlier.clear(); // uncovered actions belong to the impersonation they were taken in
        }
        impersonated = next;
        if (next != null && identity != null && !identity.equals(next)) {
            notes.set("");
            wrapUpPlain.set("");
            wrapUpMarkdown.set("");
            status.set(Messages.get("call.switched", callId, identity));
            identity = null;
        }
        if (now != null && autoStart.get()) {
            startCall();
        }
    }

    private static String key(Impersonation who) {
        return who == null ? null : who.identity().type() + " " + who.identity().id();
    }

    // ---- accessors

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wrapUpPlainProperty() {
        return wrapUpPlain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wrapUpMarkdownProperty() {
        return wrapUpMarkdown.getReadOnlyProperty();
    }

    public BooleanProperty autoStartProperty() {
        return autoStart;
    }
}
