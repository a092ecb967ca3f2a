package backoffice.sandbox.routes;

import backoffice.client.json.Json;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code offset} (≥ 0) and {@code limit} (1..100) of a list route (§1.3). A page size outside its range is refused
 * with 400 {@code AT_LEAST}/{@code AT_MOST}, as the published API's validation does (it is not capped).
 */
record Paging(int offset, int limit) {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    static Paging of(Exchange ex) {
        Body errors = new Body(Json.mapper().createObjectNode());
        Paging paging = of(ex, errors, "limit", 100);
        errors.check();
        return paging;
    }

    /**
     * Paging of a statement as the published contract names it: an account's page size is {@code statementLimit}
     * (1..500; {@code limit} is not a parameter of that operation and is ignored, like any unknown parameter), a
     * card's is {@code limit} (1..100).
     */
    static Paging ofStatement(Exchange ex, boolean account, Body errors) {
        return account ? of(ex, errors, "statementLimit", 500) : of(ex, errors, "limit", 100);
    }

    private static Paging of(Exchange ex, Body errors, String limitName, int max) {
        int offset = number(ex, "offset", 0, errors);
        int limit = number(ex, limitName, max, errors);
        if (offset < 0) {
            errors.reject("offset", "AT_LEAST", "offset must be greater than or equal to 0");
        }
        if (limit < 1) {
            errors.reject(limitName, "AT_LEAST", limitName + " must be greater than or equal to 1");
        } else if (limit > max) {
            errors.reject(limitName, "AT_MOST", limitName + " must be less than or equal to " + max);
        }
        return new Paging(offset, limit);
    }

    /** The page of {@code all}; an offset at or past its end (however large) is an empty page. */
    <T> List<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
    }

    private static int number(Exchange ex, String name, int fallback, Body errors) {
        String v = ex.queryFirst(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            // a whole number past an int is as good as the largest int: an offset that large is an empty page
            BigInteger n = new BigInteger(v.trim());
            return n.max(INT_MIN).min(INT_MAX).intValue();
        } catch (NumberFormatException e) {
            errors.reject(name, "INVALID_TYPE_OR_VALUE", name + " must be a whole number");
            return fallback;
        }
    }
}
