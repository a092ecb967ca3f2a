package backoffice.app.shell;

/** The console's panes, in navigation order; each is reached with Ctrl/Cmd + its digit. */
public enum PaneId {
    CONNECTION("nav.connection", '0'),
    IMPERSONATION("nav.impersonation", '1'),
    CARDS("nav.cards", '2'),
    SPEND_RULES("nav.spendRules", '3'),
    STATEMENTS("nav.statements", '4'),
    TRANSFERS("nav.transfers", '5'),
    BULKS("nav.bulks", '6'),
    REVIEW("nav.review", '7'),
    JOURNAL("nav.journal", '8'),
    USERS("nav.users", '9');

    private final String titleKey;
    private final char digit;

    PaneId(String titleKey, char digit) {
        this.titleKey = titleKey;
        this.digit = digit;
    }

    public String titleKey() {
        return titleKey;
    }

    public char digit() {
        return digit;
    }
}
