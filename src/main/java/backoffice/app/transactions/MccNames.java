package backoffice.app.transactions;

import java.util.List;
import java.util.Map;

/**
 * Names of the merchant category codes agents meet most (ISO 18245); any other four-digit code is named by the card
 * networks' range it falls in (3000–3350 airlines, 3351–3500 car rental, 3501–3999 lodging, …), so every MCC gets a
 * category. Only what is not a four-digit code in 0001–9999 shows as it came.
 */
public final class MccNames {

    /** A range of codes and its category, bounds included. */
    private record Range(int from, int to, String name) {
    }

    /** The card networks' ranges (Visa and Mastercard merchant data guides), in order; they cover 0001–9999. */
    private static final List<Range> RANGES = List.of(
            new Range(1, 1499, "Agricultural Services"), new Range(1500, 2999, "Contracted Services"),
            new Range(3000, 3350, "Airlines"), new Range(3351, 3500, "Car Rental"),
            new Range(3501, 3999, "Lodging/Hotels"), new Range(4000, 4799, "Transportation Services"),
            new Range(4800, 4999, "Utility Services"), new Range(5000, 5599, "Retail Outlet Services"),
            new Range(5600, 5699, "Clothing Stores"), new Range(5700, 7299, "Miscellaneous Stores"),
            new Range(7300, 7999, "Business Services"),
            new Range(8000, 8999, "Professional Services and Membership Organisations"),
            new Range(9000, 9999, "Government Services"));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("4111", "Commuter Transport"), Map.entry("4121", "Taxicabs/Limousines"),
            Map.entry("4131", "Bus Lines"), Map.entry("4511", "Airlines"), Map.entry("4722", "Travel Agencies"),
            Map.entry("4812", "Telecommunication Equipment"), Map.entry("4814", "Telecommunication Services"),
            Map.entry("4900", "Utilities"), Map.entry("5045", "Computers and Software"),
            Map.entry("5111", "Stationery and Office Supplies"), Map.entry("5311", "Department Stores"),
            Map.entry("5411", "Grocery Stores/Supermarkets"), Map.entry("5499", "Convenience Food Stores"),
            Map.entry("5541", "Service Stations"), Map.entry("5542", "Automated Fuel Dispensers"),
            Map.entry("5651", "Family Clothing Stores"), Map.entry("5732", "Electronics Stores"),
            Map.entry("5812", "Restaurants"), Map.entry("5814", "Fast Food Restaurants"),
            Map.entry("5912", "Drug Stores and Pharmacies"), Map.entry("5942", "Book Stores"),
            Map.entry("5968", "Subscription Merchants"), Map.entry("5999", "Miscellaneous Retail"),
            Map.entry("6011", "ATM Cash Withdrawal"), Map.entry("6012", "Financial Institutions"),
            Map.entry("6051", "Quasi Cash / Crypto"), Map.entry("7011", "Hotels and Lodging"),
            Map.entry("7399", "Business Services"), Map.entry("7512", "Car Rental"),
            Map.entry("7523", "Parking Lots and Garages"), Map.entry("7832", "Cinemas"),
            Map.entry("7995", "Betting/Casino Gambling"), Map.entry("8011", "Doctors"),
            Map.entry("8999", "Professional Services"), Map.entry("9399", "Government Services"));

    private MccNames() {
    }

    /** The category name: the code's own when known, else its range's; null when {@code mcc} is no MCC. */
    public static String name(String mcc) {
        if (mcc == null || !mcc.matches("[0-9]{4}")) {
            return null;
        }
        String own = NAMES.get(mcc);
        if (own != null) {
            return own;
        }
        int code = Integer.parseInt(mcc);
        return RANGES.stream().filter(r -> code >= r.from() && code <= r.to()).map(Range::name).findFirst()
                .orElse(null);
    }

    /** "7995 Betting/Casino Gambling", "3509 Lodging/Hotels", or just the text when it is no MCC. */
    public static String describe(String mcc) {
        String name = name(mcc);
        return name == null ? mcc : mcc + " " + name;
    }
}
