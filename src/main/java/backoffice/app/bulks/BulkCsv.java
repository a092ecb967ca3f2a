package backoffice.app.bulks;

import backoffice.app.Messages;
import backoffice.app.spendrules.Countries;
import backoffice.app.ui.Money;
import backoffice.client.model.BulkItem;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.SpendRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a bulk from CSV and checks every row before anything is sent. Transfers:
 * {@code source_type,source_id,destination_type,destination_id,currency,amount,tag} (type: account or card; amount
 * in major units). Spend rules: {@code card_id,currency,allow_atm,allow_contactless,allow_ecommerce,max_amount,
 * blocked_mcc,blocked_countries} (true/false/empty; lists separated by {@code ;}). A header row is required.
 */
public final class BulkCsv {

    /** Which kind of bulk the file holds. */
    public enum Kind { TRANSFERS, SPEND_RULES }

    /** The API's limit of items in one bulk. */
    public static final int MAX_ITEMS = 10_000;
    static final List<String> TRANSFER_HEADER = List.of("source_type", "source_id", "destination_type",
            "destination_id", "currency", "amount", "tag");
    static final List<String> RULES_HEADER = List.of("card_id", "currency", "allow_atm", "allow_contactless",
            "allow_ecommerce", "max_amount", "blocked_mcc", "blocked_countries");
    private static final Pattern ID = Pattern.compile("^[0-9]+$");
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9_-]{1,50}$");
    private static final Pattern CCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern MCC = Pattern.compile("^[0-9]{4}$");

    /** The items when every row is valid, else one sentence per wrong row (1-based data row numbers). */
    public record Parsed(List<BulkItem> items, List<String> rowErrors) {

        public boolean valid() {
            return rowErrors.isEmpty() && !items.isEmpty();
        }
    }

    private BulkCsv() {
    }

    public static Parsed parse(Kind kind, String text, String profileId) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> errors = new ArrayList<>();
        List<BulkItem> items = new ArrayList<>();
        List<String> header = kind == Kind.TRANSFERS ? TRANSFER_HEADER : RULES_HEADER;
        if (lines.isEmpty() || !cells(lines.get(0)).equals(header)) {
            errors.add(Messages.get("bulks.csv.header", String.join(",", header)));
            return new Parsed(List.of(), errors);
        }
        if (lines.size() - 1 > MAX_ITEMS) {
            errors.add(Messages.get("bulks.csv.tooMany", MAX_ITEMS));
            return new Parsed(List.of(), errors);
        }
        for (int i = 1; i < lines.size(); i++) {
            List<String> c = cells(lines.get(i));
            try {
                if (c.size() != header.size()) {
                    throw new IllegalArgumentException(Messages.get("bulks.csv.columns", header.size(), c.size()));
                }
                items.add(kind == Kind.TRANSFERS ? transfer(c, profileId) : rules(c));
            } catch (IllegalArgumentException bad) {
                errors.add(Messages.get("bulks.csv.row", i, bad.getMessage()));
            }
        }
        if (items.isEmpty() && errors.isEmpty()) {
            errors.add(Messages.get("bulks.csv.empty"));
        }
        return new Parsed(errors.isEmpty() ? items : List.of(), errors);
    }

    private static BulkItem transfer(List<String> c, String profileId) {
        InstrumentId from = instrument(c.get(0), c.get(1), "source");
        InstrumentId to = instrument(c.get(2), c.get(3), "destination");
        if (from.equals(to)) {
            throw new IllegalArgumentException(Messages.get("transfers.same"));
        }
        String ccy = currency(c.get(4));
        long amount = Money.parse(c.get(5), ccy);
        if (amount <= 0) {
            throw new IllegalArgumentException(Messages.get("transfers.amountPositive"));
        }
        String tag = c.get(6).isEmpty() ? null : c.get(6);
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException(Messages.get("transfers.badTag"));
        }
        return BulkItem.transfer(new CreateTransfer(profileId, tag, from, to, new CurrencyAmount(ccy, amount), null,
                null));
    }

    private static BulkItem rules(List<String> c) {
        String card = c.get(0);
        if (!ID.matcher(card).matches()) {
            throw new IllegalArgumentException(Messages.get("bulks.csv.cardId", card));
        }
        String ccy = currency(c.get(1));
        SpendRules.Builder b = SpendRules.builder().allowAtm(flag(c.get(2), "allow_atm"))
                .allowContactless(flag(c.get(3), "allow_contactless")).allowECommerce(flag(c.get(4), "allow_ecommerce"));
        if (!c.get(5).isEmpty()) {
            b.maxTransactionAmount(Money.parse(c.get(5), ccy));
        }
        if (!c.get(6).isEmpty()) {
            List<String> mcc = split(c.get(6));
            mcc.stream().filter(m -> !MCC.matcher(m).matches()).findFirst().ifPresent(m -> {
                throw new IllegalArgumentException(Messages.get("rules.badMcc", m));
            });
            b.blockedMerchantCategories(mcc);
        }
        if (!c.get(7).isEmpty()) {
            List<String> countries = split(c.get(7)).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
            countries.stream().filter(x -> !Countries.isCode(x)).findFirst().ifPresent(x -> {
                throw new IllegalArgumentException(Messages.get("rules.badCountry", x));
            });
            b.blockedMerchantCountries(countries);
        }
        SpendRules r = b.build();
        if (r.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("bulks.csv.noRule"));
        }
        return BulkItem.spendRules(card, r);
    }

    private static InstrumentId instrument(String type, String id, String side) {
        InstrumentType t = switch (type.toLowerCase(Locale.ROOT)) {
            case "account", "managed_accounts" -> InstrumentType.MANAGED_ACCOUNTS;
            case "card", "managed_cards" -> InstrumentType.MANAGED_CARDS;
            default -> throw new IllegalArgumentException(Messages.get("bulks.csv.type", side, type));
        };
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(Messages.get("bulks.csv.id", side, id));
        }
        return new InstrumentId(t, id);
    }

    private static String currency(String ccy) {
        if (!CCY.matcher(ccy).matches()) {
            throw new IllegalArgumentException(Messages.get("bulks.csv.currency", ccy));
        }
        return ccy;
    }

    private static Boolean flag(String v, String column) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes", "allow" -> Boolean.TRUE;
            case "false", "no", "block" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(Messages.get("bulks.csv.flag", column, v));
        };
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }
}
