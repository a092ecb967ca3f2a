package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.app.transactions.DeclineWording;
import backoffice.app.ui.Money;
import backoffice.export.StatementLine;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A statement row as text: the description cell's tooltip (the full text, and a decline's reason in words) and the
 * rows the agent copies (Ctrl+C or "Copy row"), tab-separated in the table's column order with a header line.
 */
final class StatementRowText {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String DECLINED = " \u2014 declined: ";

    private StatementRowText() {
    }

    /** The full description; for a decline also the reason in words and where to read every field. */
    static String tooltip(StatementLine l) {
        String text = l.description() == null ? "" : l.description();
        int at = text.indexOf(DECLINED);
        if (at < 0) {
            return text;
        }
        String code = text.substring(at + DECLINED.length()).trim();
        // the line keeps the processor's code only: a spend rule's code names the rule, the other codes the reason
        Map<String, String> fields = Messages.find("decline." + code, "") != null ? Map.of("declineReason", code)
                : Map.of("declineReason", "SPEND_RULE_FAILED", "spendRuleFailedReason", code);
        // a decline moves no money: the row's amount is 0 and the attempted one is in the detail
        String words = DeclineWording.describe(fields, l.amount() == 0 || l.currency() == null
                ? Messages.get("decline.attemptedAmount") : Money.format(Math.abs(l.amount()), l.currency()));
        return text + "\n" + Messages.get("statements.declineTip", words);
    }

    /** The rows as tab-separated lines under a header, every column whether shown or not. */
    static String rows(List<StatementLine> lines) {
        String header = String.join("\t", Messages.get("statements.col.time"), Messages.get("statements.col.type"),
                Messages.get("statements.col.description"), Messages.get("statements.col.amount"),
                Messages.get("statements.col.fee"), Messages.get("statements.col.balance"),
                Messages.get("statements.col.state"), Messages.get("statements.col.transaction"));
        return header + "\n" + lines.stream().map(StatementRowText::row).collect(Collectors.joining("\n")) + "\n";
    }

    private static String row(StatementLine l) {
        return String.join("\t", TIME.format(Instant.ofEpochMilli(l.time())), nz(l.type()),
                nz(l.description()).replace('\t', ' '), Money.format(l.amount(), l.currency()),
                l.fee() == 0 ? "" : Money.format(l.fee(), l.currency()), Money.format(l.balanceAfter(), l.currency()),
                nz(l.state()), nz(l.transactionId()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
