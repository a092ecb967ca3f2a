package backoffice.app.settings;

/** Which backend the console talks to. */
public enum EnvironmentKind {
    /** The in-process simulator with demo data; no credentials. */
    EMBEDDED,
    /** Weavr's own sandbox. */
    WEAVR_SANDBOX,
    /** Any other base URL (a live environment, a standalone sandbox, a proxy). */
    CUSTOM;

    public static final String WEAVR_SANDBOX_URL = "https://sandbox.weavr.io";
}
