package backoffice.app.bulks;

import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.client.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One bulk operation as an agent reads it: the call, the amount in major units, the parties and the outcome, taken
 * from its request and response JSON. Anything missing or unparsable is left out (the raw JSON stays available).
 */
public final class OperationDetail {

    /** A caption and its value. */
    public record Line(String caption, String value) {
    }

    private OperationDetail() {
    }

    public static List<Line> of(BulkOperationRow op) {
        List<Line> lines = new ArrayList<>();
        if (op == null) {
            return lines;
        }
        lines.add(new Line(Messages.get("bulks.detail.call"), "#" + op.sequence() + " " + op.method() + " "
                + op.path()));
        JsonNode request = parse(op.requestPayload());
        JsonNode amount = request.path("destinationAmount");
        if (amount.path("amount").isIntegralNumber() && amount.path("currency").isTextual()) {
            lines.add(new Line(Messages.get("bulks.detail.amount"), Money.format(amount.path("amount").asLong(),
                    amount.path("currency").asText())));
        }
        party(lines, "bulks.detail.from", request.path("source"));
        party(lines, "bulks.detail.to", request.path("destination"));
        JsonNode response = parse(op.responsePayload());
        StringBuilder outcome = new StringBuilder(op.statusText());
        for (String field : new String[] {"state", "errorCode", "message", "id"}) {
            if (response.path(field).isValueNode()) {
                outcome.append(" · ").append(field).append(' ').append(response.path(field).asText());
            }
        }
        lines.add(new Line(Messages.get("bulks.detail.outcome"), outcome.toString()));
        return lines;
    }

    private static void party(List<Line> lines, String key, JsonNode party) {
        if (party.path("id").isValueNode()) {
            String type = party.path("type").asText("");
            lines.add(new Line(Messages.get(key), (type.isEmpty() ? "" : type + " ") + party.path("id").asText()));
        }
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Json.mapper().readTree(json);
        } catch (IOException | RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }
}
