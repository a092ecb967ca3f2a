package backoffice.export;

import backoffice.client.json.Json;
import backoffice.client.model.CurrencyAmount;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Our JSON: {@code {"format": "backoffice-statement-rows/1", "rows": [...]}}, amounts in minor units, time in ms. A
 * row with {@link EntryExtras} also has {@code originalAmount}, {@code sourceAmount}, {@code userAmount} (each
 * {@code {currency, amount}}), {@code forexRate}, {@code userExchangeRate}, {@code availableBalanceAfter} and
 * {@code actualBalanceAfter} where given; files without them (older exports) read as before.
 */
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
                writeExtras(g, r);
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
                    r.path("balanceAfter").asLong(), readExtras(r)));
        }
        return rows;
    }

    private static void writeExtras(JsonGenerator g, StatementLine r) throws IOException {
        EntryExtras x = r.extras();
        if (x == null) {
            return;
        }
        amount(g, "originalAmount", x.originalAmount());
        amount(g, "sourceAmount", x.sourceAmount());
        text(g, "forexRate", x.forexRate());
        amount(g, "userAmount", x.userAmount());
        text(g, "userExchangeRate", x.userExchangeRate());
        if (x.availableAfter(r) != null) {
            g.writeNumberField("availableBalanceAfter", x.availableAfter(r));
        }
        if (x.actualAfter(r) != null) {
            g.writeNumberField("actualBalanceAfter", x.actualAfter(r));
        }
    }

    private static void amount(JsonGenerator g, String name, CurrencyAmount a) throws IOException {
        if (a != null) {
            g.writeObjectFieldStart(name);
            g.writeStringField("currency", a.currency());
            g.writeNumberField("amount", a.amount());
            g.writeEndObject();
        }
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static EntryExtras readExtras(JsonNode r) {
        String ccy = r.path("currency").asText();
        CurrencyAmount original = amount(r.get("originalAmount"));
        return EntryExtras.of(original, original != null && !original.currency().equals(ccy),
                amount(r.get("sourceAmount")), text(r.get("forexRate")), amount(r.get("userAmount")),
                text(r.get("userExchangeRate")), balance(r.get("availableBalanceAfter"), ccy),
                balance(r.get("actualBalanceAfter"), ccy), new CurrencyAmount(ccy, r.path("balanceAfter").asLong()));
    }

    private static CurrencyAmount amount(JsonNode n) {
        return n == null || !n.path("amount").isIntegralNumber() ? null
                : new CurrencyAmount(n.path("currency").asText(), n.path("amount").asLong());
    }

    private static CurrencyAmount balance(JsonNode n, String ccy) {
        return n == null || !n.isIntegralNumber() ? null : new CurrencyAmount(ccy, n.asLong());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
