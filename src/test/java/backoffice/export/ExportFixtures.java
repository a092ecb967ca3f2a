package backoffice.export;

import backoffice.client.model.CurrencyAmount;
import backoffice.credentials.SigningKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Rows and contexts for export tests: deterministic, with the descriptions that break naive CSV and PDF writers. */
final class ExportFixtures {

    static final String[] AWKWARD = {"Café Zürich — €", "Comma, Inc.", "Quote \"Q\" Ltd", "Line\r\nbreak",
        "日本の店", "Emoji 🍕", "", "  leading space", "Trailing,", "\"\""};

    private ExportFixtures() {
    }

    static List<StatementLine> rows(int n, String currency, long seed) {
        Random r = new Random(seed);
        List<StatementLine> rows = new ArrayList<>(n);
        long time = 1_730_000_000_000L;
        long balance = 0;
        String[] types = {"DEPOSIT", "TRANSFER", "SETTLEMENT", "AUTHORISATION_DECLINE", "CHARGE_FEE"};
        for (int i = 0; i < n; i++) {
            time += r.nextInt(3_600_000);
            long amount = r.nextInt(200_000) - 100_000;
            long fee = r.nextInt(4) == 0 ? r.nextInt(300) : 0;
            balance += amount;
            String desc = i < AWKWARD.length ? AWKWARD[i] : "Merchant " + r.nextInt(50);
            rows.add(new StatementLine(time, types[r.nextInt(types.length)], Long.toString(110_000_000_000L + i),
                    r.nextInt(20) == 0 ? "PENDING" : "COMPLETED", desc, currency, amount, fee, balance,
                    extras(i, currency, amount, balance)));
        }
        return rows;
    }

    /** Every kind of extras: none, balances as after, other balances, FX in several shapes. */
    static EntryExtras extras(int i, String currency, long amount, long balance) {
        CurrencyAmount after = new CurrencyAmount(currency, balance);
        return switch (i % 6) {
            case 0 -> null;
            case 1 -> EntryExtras.of(null, false, null, null, null, null, after, after, after);
            case 2 -> EntryExtras.of(null, false, null, null, null, null, new CurrencyAmount(currency, balance - 500),
                    after, after);
            case 3 -> EntryExtras.of(new CurrencyAmount("USD", amount * 11 / 10), true,
                    new CurrencyAmount("USD", amount * 11 / 10), "1.0875", new CurrencyAmount("GBP", amount * 86 / 100),
                    "0.8612", after, after, after);
            case 4 -> EntryExtras.of(new CurrencyAmount("JPY", amount * 160), true, null, "160.25", null, null,
                    new CurrencyAmount(currency, balance + 1), null, after);
            default -> EntryExtras.of(null, false, null, null, null, null, null, null, after);
        };
    }

    static ExportContext context(String currency) {
        return new ExportContext("agent@desk", 1_795_000_000_000L, "Embedded sandbox", "CORPORATE",
                "110170049121026001", "managed_accounts", "110170049121026015", "Main EUR account", currency,
                Map.of("from", "2025-01-01", "to", "2026-11-21", "order", "DESC", "types", "all"));
    }

    private static final ExportSigner SIGNER = freshSigner();

    /** The signer of the tests' exports: one key for the whole run, trusted by {@link #trust()}. */
    static ExportSigner signer() {
        return SIGNER;
    }

    /** A key nobody trusts (a forger's, or a colleague's not yet trusted). */
    static ExportSigner freshSigner() {
        return new ExportSigner(SigningKeys.generate());
    }

    /** Trusts {@link #signer()} only. */
    static TrustedKeys trust() {
        TrustedKeys keys = new TrustedKeys();
        keys.add(SIGNER.publicKey(), "the tests", "fixture");
        return keys;
    }
}
