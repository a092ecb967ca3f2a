package backoffice.export;

import backoffice.client.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code .bocx} file: {@code {"manifest": {...}, "signature": "<Base64 Ed25519>"}}, pretty-printed. The signature
 * covers the manifest's compact JSON. Reading is strict: the file must be byte for byte what this class writes for
 * the values it holds, so no byte of it can change unnoticed, not even white space.
 */
public final class SignedManifest {

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private SignedManifest() {
    }

    public static byte[] write(Manifest manifest, ExportSigner signer) {
        byte[] signed = signedBytes(manifest);
        return render(manifest, Base64.getEncoder().encodeToString(signer.sign(signed)));
    }

    /** The bytes the signature covers. */
    static byte[] signedBytes(Manifest manifest) {
        try {
            return MAPPER.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] render(Manifest manifest, String signature) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("manifest", MAPPER.valueToTree(manifest));
        root.put("signature", signature);
        try {
            // the same line ends on every OS, so a manifest written on Windows reads back intact on Linux
            var indenter = new DefaultIndenter("  ", "\n");
            var printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
            String text = MAPPER.writer(printer).writeValueAsString(root) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A manifest read back: its values, its signature, and whether its bytes are exactly as written. */
    public record Read(Manifest manifest, byte[] signature, int firstLayoutDifference, boolean signatureCanonical) {

        public boolean layoutIntact() {
            return firstLayoutDifference < 0;
        }

        /** Whether the signature's text is exactly the Base64 of its bytes and is the embedded key's signature. */
        public boolean signatureValid() {
            return signatureCanonical && manifest.signer() != null && ExportSigner.verify(manifest.signer().publicKey(),
                    signedBytes(manifest), signature);
        }
    }

    /** @throws IOException when the file is not a manifest at all */
    public static Read read(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IOException("It is not valid JSON (" + why + ")", e);
        }
        if (root == null || !root.path("manifest").isObject() || !root.path("signature").isTextual()) {
            throw new IOException("It lacks the manifest or the signature");
        }
        Manifest manifest;
        try {
            manifest = MAPPER.treeToValue(root.get("manifest"), Manifest.class);
        } catch (IOException e) {
            throw new IOException("Its manifest cannot be read (" + e.getMessage() + ")", e);
        }
        if (!Manifest.FORMAT.equals(manifest.format()) || manifest.file() == null || manifest.signer() == null
                || manifest.file().sha256() == null || manifest.signer().publicKey() == null) {
            throw new IOException("It is not a " + Manifest.FORMAT + " manifest");
        }
        String text = root.get("signature").asText();
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        // Base64 decoding ignores the unused low bits of the last character: "...A==" and "...B==" decode alike.
        // Only the one text that re-encodes to itself counts, so no character of the signature can change unnoticed.
        boolean canonical = Base64.getEncoder().encodeToString(signature).equals(text);
        byte[] expected = render(manifest, text);
        return new Read(manifest, signature, firstDifference(bytes, expected), canonical);
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }
}
