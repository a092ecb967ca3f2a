package backoffice.app.ui;

/** Our own style classes (AtlantaFX's come from {@code atlantafx.base.theme.Styles}). */
public final class Css {

    public static final String PANE = "console-pane";
    public static final String PANE_TITLE = "pane-title";
    public static final String PANE_HINT = "pane-hint";
    public static final String FIELD_ERROR = "field-error";
    public static final String ERROR_BOX = "error-box";
    public static final String BANNER = "env-banner";
    public static final String BANNER_EMBEDDED = "env-embedded";
    public static final String BANNER_SANDBOX = "env-weavr-sandbox";
    public static final String BANNER_CUSTOM = "env-custom";
    public static final String BANNER_NONE = "env-none";
    public static final String NAV = "console-nav";
    public static final String STATUS_BAR = "status-bar";
    public static final String NOTICE_BAR = "notice-bar";
    public static final String SUMMARY = "summary-text";
    public static final String FORM = "console-form";

    private Css() {
    }
}
