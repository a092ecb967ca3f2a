package backoffice.export;

import backoffice.client.http.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Our JSON: {@code {"format": "backoffice-statement-rows/1", "rows": [...]}}, amounts in minor units, time in ms. */
final class JsonRows implements ExportFormat.Codec {

    static final String FORMAT = "backoffice-statement-rows/1";

    @Override
    public void write(List<StatementLine> rows, ExportContext context, String fingerprint, OutputStream out,
                      Progress progress) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeArrayFieldStart("rows");
            int n = 0;
            for (StatementLine r : rows) {
                g.writeStartObject();
                g.writeNumberField("time", r.time());
                g.writeStringField("type", r.type());
                g.writeStringField("transactionId", r.transactionId());
                g.writeStringField("state", r.state());
                g.writeStringField("description", r.description());
                g.writeStringField("currency", r.currency());
                g.writeNumberField("amount", r.amount());
                g.writeNumberField("fee", r.fee());
                g.writeNumberField("balanceAfter", r.balanceAfter());
                g.writeEndObject();
                if (++n % 4096 == 0) {
                    progress.check();
                    progress.update(n, rows.size());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        progress.update(rows.size(), rows.size());
    }

    @Override
    public List<StatementLine> read(byte[] content) throws IOException {
        JsonNode root = Json.mapper().readTree(content);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("Not the console's JSON rows (format " + FORMAT + " expected)");
        }
        List<StatementLine> rows = new ArrayList<>(root.path("rows").size());
        for (JsonNode r : root.path("rows")) {
            if (!r.path("time").isIntegralNumber() || !r.path("amount").isIntegralNumber()) {
                throw new IOException("Row " + (rows.size() + 1) + " lacks a whole-number time or amount");
            }
            rows.add(new StatementLine(r.path("time").asLong(), r.path("type").asText(),
                    r.path("transactionId").asText(), r.path("state").asText(), r.path("description").asText(),
                    r.path("currency").asText(), r.path("amount").asLong(), r.path("fee").asLong(),
                    r.path("balanceAfter").asLong()));
        }
        return rows;
    }
}
