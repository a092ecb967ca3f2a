package backoffice.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The three local export formats: how each writes rows (with the export's context) and reads them back. */
public enum ExportFormat {
    CSV("csv", "text/csv", new CsvRows()),
    PDF("pdf", "application/pdf", new PdfStatement()),
    JSON("json", "application/json", new JsonRows());

    /** Writes and reads one format. */
    interface Codec {
        void write(List<StatementLine> rows, ExportContext context, String fingerprint, OutputStream out,
                   Progress progress) throws IOException;

        List<StatementLine> read(byte[] content) throws IOException;
    }

    private final String extension;
    private final String mediaType;
    private final Codec codec;

    ExportFormat(String extension, String mediaType, Codec codec) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.codec = codec;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    Codec codec() {
        return codec;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ofExtension(name.substring(dot + 1));
    }

    /** The format of an extension ({@code csv}, {@code PDF}, …), if any. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
