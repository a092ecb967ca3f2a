package backoffice.client.statements;

/** What a statement request asks for in its {@code accept} header (§4.2). */
public enum StatementFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    StatementFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
