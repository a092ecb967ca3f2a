package backoffice.export;

import java.nio.file.Path;

/** A finished export: the file, its signed manifest next to it, what the manifest says, and the signing key. */
public record ExportResult(Path file, Path manifestFile, Manifest manifest) {

    public String fingerprint() {
        return manifest.signer().fingerprint();
    }
}
