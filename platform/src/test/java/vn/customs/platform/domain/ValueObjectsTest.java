package vn.customs.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The value objects every service shares refuse what is malformed with a named rule, and compare exactly. */
class ValueObjectsTest {

    @Test
    void aTaxIdIsTenDigitsOrABranchOfThem() {
        assertEquals("0101234567-001", new TaxId("0101234567-001").value());
        assertEquals(
                "invalid-tax-id",
                assertThrows(RuleViolationException.class, () -> new TaxId("01012345"))
                        .code());
        assertFalse(TaxId.valid(null));
    }

    @Test
    void aUnitCodeIsCapitalsDigitsAndUnderscores() {
        assertEquals("HUU_NGHI", new UnitCode("HUU_NGHI").toString());
        assertEquals(
                "invalid-unit-code",
                assertThrows(RuleViolationException.class, () -> new UnitCode("huu_nghi"))
                        .code());
        assertFalse(UnitCode.valid("X"));
    }

    @Test
    void anOfficerIdIsAUuidAndAMalformedOneIsARuleViolation() {
        String id = "0b7d8f5e-8f11-4c35-a9b5-0f5c2c1b8a10";
        assertEquals(id, OfficerId.of(id).toString());
        assertEquals(
                "invalid-officer-id",
                assertThrows(RuleViolationException.class, () -> OfficerId.of("counter 2"))
                        .code());
    }

    @Test
    void moneyAddsAndComparesOnlyInOneCurrency() {
        Money fifty = Money.vnd(new BigDecimal("50000000"));
        Money hundred = fifty.plus(Money.vnd(new BigDecimal("50000000.00")));
        assertTrue(hundred.exceeds(fifty));
        assertEquals(0, hundred.amount().compareTo(new BigDecimal("100000000")));
        assertEquals(
                "currency-mismatch",
                assertThrows(RuleViolationException.class, () -> fifty.plus(new Money(BigDecimal.ONE, "USD")))
                        .code());
        assertEquals(
                "invalid-currency",
                assertThrows(RuleViolationException.class, () -> new Money(BigDecimal.ONE, "XYZ"))
                        .code());
    }
}
