package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The commercial invoice: amount in its currency (ISO 4217), the exchange rates the declaration uses (VND per unit
 * of the currency, VND per US dollar, for the trade-value statistics), freight, insurance and incoterm.
 */
@Embeddable
public record Invoice(
        String number,
        LocalDate date,
        String currency,
        BigDecimal amount,
        BigDecimal exchangeRateVnd,
        BigDecimal usdRateVnd,
        BigDecimal freight,
        BigDecimal insurance,
        String incoterm) {

    /** The invoice amount in US dollars, at the declaration's rates. */
    public BigDecimal amountUsd() {
        return amount.multiply(exchangeRateVnd).divide(usdRateVnd, 2, RoundingMode.HALF_UP);
    }
}
