package backoffice.app.workspace;

import backoffice.app.Messages;
import backoffice.journal.JournalEntry;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The text an agent pastes into the ticketing system after a call: who, when, what was done (each action with its
 * outcome and request-ref; those taken earlier in the same impersonation with no call open first) and the notes; as
 * plain text or Markdown. Times in the given zone.
 */
public final class WrapUp {

    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    public WrapUp(ZoneId zone) {
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        this.time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
    }

    public String plain(CallRecord call) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.get("wrapup.title", who(call), call.id())).append('\n');
        out.append(Messages.get("wrapup.when", day.format(call.start()), time.format(call.end()),
                minutes(call), call.agent(), call.environment())).append("\n\n");
        if (!call.earlier().isEmpty()) {
            actions(out, Messages.get("wrapup.earlier") + '\n', call.earlier(), false);
            out.append('\n');
        }
        actions(out, Messages.get("wrapup.done") + '\n', call.actions(), false);
        out.append('\n').append(Messages.get("wrapup.notes")).append('\n');
        out.append(call.notes().isBlank() ? Messages.get("wrapup.noNotes") : call.notes().strip()).append('\n');
        return out.toString();
    }

    public String markdown(CallRecord call) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(Messages.get("wrapup.title", who(call), "`" + call.id() + "`")).append("\n\n");
        out.append(Messages.get("wrapup.when", day.format(call.start()), time.format(call.end()), minutes(call),
                call.agent(), call.environment())).append("\n\n");
        if (!call.earlier().isEmpty()) {
            actions(out, "**" + Messages.get("wrapup.earlier") + "**\n\n", call.earlier(), true);
            out.append('\n');
        }
        actions(out, "**" + Messages.get("wrapup.done") + "**\n\n", call.actions(), true);
        out.append("\n**").append(Messages.get("wrapup.notes")).append("**\n\n");
        out.append(call.notes().isBlank() ? Messages.get("wrapup.noNotes") : call.notes().strip()).append('\n');
        return out.toString();
    }

    /** A heading and one line per action, or "No action taken." under it. */
    private void actions(StringBuilder out, String heading, List<JournalEntry> entries, boolean markdown) {
        out.append(heading);
        if (entries.isEmpty()) {
            out.append("- ").append(Messages.get("wrapup.nothing")).append('\n');
        }
        entries.forEach(e -> out.append("- ").append(action(e, markdown)).append('\n'));
    }

    private static String who(CallRecord call) {
        return call.label().isBlank() ? call.identity() : call.identity() + " (" + call.label() + ")";
    }

    private static long minutes(CallRecord call) {
        return Duration.between(call.start(), call.end()).toMinutes();
    }

    /** "13:02 Block card 1101… (537410 •••• 2362): OK, request-ref 5d1e…". */
    private String action(JournalEntry e, boolean markdown) {
        String what = Messages.find("wrapup.op." + e.operation());
        String target = e.targetId() == null || e.targetId().isBlank() ? ""
                : " " + (markdown ? "`" + e.targetId() + "`" : e.targetId());
        String detail = e.detail() == null || e.detail().isBlank() ? "" : " (" + e.detail() + ")";
        String ref = e.requestRef() == null ? "" : ", request-ref " + (markdown ? "`" + e.requestRef() + "`"
                : e.requestRef());
        return time.format(e.time()) + " " + (what != null ? what : e.operation()) + target + detail + ": "
                + e.outcome() + ref;
    }
}
