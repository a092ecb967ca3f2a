package backoffice.sandbox.routes;

import backoffice.client.model.InstrumentId;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.store.Transfers;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates a transfer request body ({@code POST /transfers} or one bulk item) into an order. */
public final class TransferRequests {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9_-]{1,50}$");
    private static final Set<String> TYPES = Set.of(InstrumentId.ACCOUNTS, InstrumentId.CARDS);

    private TransferRequests() {
    }

    public static Transfers.Order parse(Body body) {
        String profileId = idWithText(body, "profileId");
        String tag = body.matching("tag", TAG, false);
        InstrumentId source = instrument(body, "source");
        InstrumentId destination = instrument(body, "destination");
        body.object("destinationAmount", true);
        String currency = body.text("destinationAmount.currency", true);
        if (currency != null && currency.length() != 3) {
            body.reject("destinationAmount.currency", "RANGE",
                    "destinationAmount.currency size must be between 3 and 3");
        } else if (currency != null && !CURRENCY.matcher(currency).matches()) {
            body.reject("destinationAmount.currency", "REGEX", "destinationAmount.currency must match ^[A-Z]*$");
        }
        Long amount = body.amount("destinationAmount.amount", true);
        String description = body.text("description", false);
        if (description != null && description.length() > 255) {
            body.reject("description", "SIZE", "description must be at most 255 characters");
        }
        body.check();
        return new Transfers.Order(profileId, tag, source, destination, currency, amount, description);
    }

    /** An id the API reports as HAS_TEXT when null or blank, REGEX when not decimal. */
    private static String idWithText(Body body, String field) {
        if (!body.has(field)) {
            body.reject(field, "HAS_TEXT", field + " must not be blank");
            return null;
        }
        return body.id(field, true);
    }

    /** An {@code InstrumentId} field: a bad type is reported on the object and on {@code type}, as the API does. */
    public static InstrumentId instrument(Body body, String field) {
        body.object(field, true);
        String type = body.text(field + ".type", true);
        if (type != null && !TYPES.contains(type)) {
            body.reject(field, "INVALID_TYPE_OR_VALUE", field + ".type must be managed_accounts or managed_cards");
            body.reject("type", "INVALID_TYPE_OR_VALUE", "type must be managed_accounts or managed_cards");
        }
        String id = idWithText(body, field + ".id");
        return new InstrumentId(type, id);
    }
}
