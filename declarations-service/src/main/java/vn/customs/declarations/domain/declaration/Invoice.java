package vn.customs.declarations.domain.declaration;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.customs.platform.domain.Money;

/**
 * The commercial invoice: its amount in its currency (ISO 4217), the exchange rates the declaration uses (VND per unit
 * of the currency, VND per US dollar, for the trade-value statistics), freight, insurance and incoterm.
 */
@Embeddable
public record Invoice(
        @Column(name = "invoice_number") String number,
        @Column(name = "invoice_date") LocalDate date,

        @Embedded
        @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "currency"))
        })
        Money amount,

        BigDecimal exchangeRateVnd,
        BigDecimal usdRateVnd,
        BigDecimal freight,
        BigDecimal insurance,
        String incoterm) {

    /** The invoice amount in US dollars, at the declaration's rates. */
    public BigDecimal amountUsd() {
        return amount.amount().multiply(exchangeRateVnd).divide(usdRateVnd, 2, RoundingMode.HALF_UP);
    }

    /** The invoice's currency. */
    public String currency() {
        return amount.currency();
    }
}
