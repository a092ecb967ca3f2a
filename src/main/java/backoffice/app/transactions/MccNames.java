package backoffice.app.transactions;

import java.util.Map;

/** Names of the merchant category codes agents meet most (ISO 18245); an unknown code shows as its number. */
public final class MccNames {

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

    /** The category name, or null when the code is not in the table. */
    public static String name(String mcc) {
        return mcc == null ? null : NAMES.get(mcc);
    }

    /** "7995 Betting/Casino Gambling", or just the code when its name is not known. */
    public static String describe(String mcc) {
        String name = name(mcc);
        return name == null ? mcc : mcc + " " + name;
    }
}
