package vn.customs.platform.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency. Never a {@code double}: duties, customs values and asset thresholds are exact
 * decimals, and two amounts in different currencies are never added.
 */
@Embeddable
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (!validCurrency(currency)) {
            throw new RuleViolationException("invalid-currency", "A currency is an ISO 4217 code: " + currency);
        }
    }

    /** An amount in Vietnamese dong. */
    public static Money vnd(BigDecimal amount) {
        return new Money(amount, "VND");
    }

    /** Whether {@code code} is an ISO 4217 currency code this JVM knows. */
    public static boolean validCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The sum of two amounts in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** Whether this amount is greater than {@code other}, in the same currency. */
    public boolean exceeds(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new RuleViolationException(
                    "currency-mismatch", "Cannot compare " + currency + " with " + other.currency + ".");
        }
    }
}
