package backoffice.sandbox.routes;

import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.client.transfers.TransferText;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.store.Transfers;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates a transfer request body ({@code POST /transfers} or one bulk item) into an order. */
public final class TransferRequests {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    /** Epoch milliseconds as a string of digits, as the published document gives it. */
    private static final Pattern SCHEDULED = Pattern.compile("^[0-9]{1,15}$");
    private static final Set<String> TYPES = Set.of(InstrumentType.MANAGED_ACCOUNTS.wire(),
            InstrumentType.MANAGED_CARDS.wire());

    private TransferRequests() {
    }

    public static Transfers.Order parse(Body body) {
        String profileId = idWithText(body, "profileId");
        String tag = body.text("tag", false);
        if (tag != null && !TransferText.TAG.matcher(tag).matches()) {
            body.reject("tag", "REGEX", "tag must match " + TransferText.TAG.pattern());
        } else if (tag != null && tag.length() > TransferText.TAG_MAX) {
            body.reject("tag", "AT_MOST", "tag must be at most " + TransferText.TAG_MAX + " characters");
        }
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
        if (description != null && !TransferText.DESCRIPTION.matcher(description).matches()) {
            body.reject("description", "REGEX", "description must match " + TransferText.DESCRIPTION.pattern());
        } else if (description != null && description.length() > TransferText.DESCRIPTION_MAX) {
            body.reject("description", "AT_MOST", "description must be at most " + TransferText.DESCRIPTION_MAX
                    + " characters");
        }
        String scheduled = body.matching("scheduledTimestamp", SCHEDULED, false);
        body.check();
        return new Transfers.Order(profileId, tag, source, destination, currency, amount, description,
                scheduled == null ? null : Long.valueOf(scheduled));
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
        return new InstrumentId(InstrumentType.of(type), id);
    }
}
