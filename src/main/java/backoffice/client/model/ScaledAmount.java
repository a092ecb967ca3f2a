package backoffice.client.model;

import java.math.BigDecimal;

/** A scaled number as the API writes rates ({@code forexRate}): the real value is {@code value × 10^-scale}. */
public record ScaledAmount(long value, int scale) {

    /** The exact decimal value (e.g. {@code {value: 11234, scale: 4}} → 1.1234). */
    public BigDecimal decimal() {
        return BigDecimal.valueOf(value, scale);
    }

    /** The value as plain text, no exponent. */
    public String plain() {
        return decimal().toPlainString();
    }
}
