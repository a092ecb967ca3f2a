package backoffice.client.codes;

import static backoffice.client.codes.ErrorCode.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every 409 and 403 {@code errorCode} the published v3 contract lists for the operations the console calls, by
 * operation. Shared by the sandbox (its refusals) and the console (each code has a sentence naming
 * what to do, {@code error.code.<CODE>} in the console's messages; a test fails when one has none).
 */
public final class ErrorCatalogue {

    /** 403 codes: not every 403 means a wrong api-key. */
    public static final List<ErrorCode> FORBIDDEN = List.of(INSUFFICIENT_PERMISSIONS, ACCESS_TOKEN_REQUIRED,
            STEP_UP_REQUIRED);

    /** 409 codes by operation. */
    public static final Map<String, List<ErrorCode>> CONFLICTS = Map.ofEntries(
            Map.entry("POST /access_token", List.of(UNRESOLVED_IDENTITY, ALREADY_IMPERSONATED)),
            Map.entry("block card", List.of(INSTRUMENT_ALREADY_BLOCKED, INSTRUMENT_DESTROYED,
                    INSTRUMENT_MARKED_LOST_STOLEN)),
            Map.entry("unblock card", List.of(INSTRUMENT_NOT_BLOCKED, INSTRUMENT_DESTROYED,
                    INSTRUMENT_MARKED_LOST_STOLEN)),
            Map.entry("remove card", List.of(BALANCE_NOT_ZERO, INSTRUMENT_ALREADY_REMOVED)),
            Map.entry("spend rules", List.of(SPEND_LIMIT_AMOUNT_INVALID,
                    SPEND_LIMIT_CURRENCY_DIFFERENT_FROM_CARD_CURRENCY,
                    SPEND_LIMIT_CURRENCY_DIFFERENT_FROM_USER_CURRENCY, SPEND_LIMIT_DUPLICATE_INTERVAL,
                    SPEND_LIMIT_NOT_SUPPORTED_FOR_PREPAID_MODE_CARD, SPEND_RULE_ALREADY_SET)),
            Map.entry("card renewal", List.of(INSTRUMENT_DESTROYED, RENEWAL_TYPE_NOT_SUPPORTED_BY_PROFILE)),
            Map.entry("POST /transfers", List.of(AMOUNT_INVALID, CURRENCY_MISMATCH,
                    DESTINATION_CANNOT_BE_DEBIT_MODE_CARD, DESTINATION_INSTRUMENT_BLOCKED,
                    DESTINATION_INSTRUMENT_DESTROYED, DESTINATION_LIMIT_EXCEEDED, DESTINATION_NOT_FOUND,
                    FEE_NOT_CONFIGURED_FOR_CURRENCY, FOREX_TRADE_DENIED_TRANSACTION, FUNDS_INSUFFICIENT,
                    INSTRUMENT_DENIED_TRANSACTION, INTERCEPTOR_DENIED_TRANSACTION, MODEL_CONSTRAINTS_VIOLATED,
                    PROFILE_INACTIVE, SCHEDULED_TIMESTAMP_INVALID, SOURCE_AND_DESTINATION_MUST_BE_DIFFERENT,
                    SOURCE_CANNOT_BE_DEBIT_MODE_CARD, SOURCE_INSTRUMENT_BLOCKED, SOURCE_INSTRUMENT_DESTROYED,
                    SOURCE_NOT_FOUND, TRANSFER_BETWEEN_INSTRUMENTS_UNSUPPORTED)),
            Map.entry("POST /fees/charge", List.of(FEE_AMOUNT_NOT_SET, FUNDS_INSUFFICIENT,
                    IDENTITY_NOT_OWNER_OF_INSTRUMENT, UNRESOLVED_CURRENCY, UNRESOLVED_FEE_TYPE,
                    UNRESOLVED_INSTRUMENT)),
            Map.entry("bulks", List.of(ALREADY_SUBMITTED, DUPLICATE_OPERATION_TYPE, INVALID_STATE,
                    NO_CONFIG_FOUND, TOO_MANY_REQUESTS, USER_VALIDATION_FAILED, VALIDATION_FAILED)),
            Map.entry("users", List.of(EMAIL_NOT_UNIQUE, MOBILE_OR_COUNTRY_CODE_INVALID,
                    COUNTRY_OF_RESIDENCE_INVALID, EMAIL_DOMAIN_NOT_ALLOWED, ROLE_NOT_FOUND,
                    INVITE_ALREADY_CONSUMED, CARD_HAS_REMAINING_BALANCE)));

    /** Every published code: the 403s and the 409s of every operation. */
    public static Set<ErrorCode> published() {
        Set<ErrorCode> all = EnumSet.copyOf(FORBIDDEN);
        CONFLICTS.values().forEach(all::addAll);
        return all;
    }

    private ErrorCatalogue() {
    }
}
