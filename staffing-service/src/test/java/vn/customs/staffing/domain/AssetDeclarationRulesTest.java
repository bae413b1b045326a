package vn.customs.staffing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.customs.platform.domain.Money;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.assets.AssetThreshold;
import vn.customs.staffing.domain.assets.DeclaredAsset;

/** The per-asset threshold, versioned by date, decides what a declaration lists on its own; the FIRST deadline. */
class AssetDeclarationRulesTest {

    private static final LocalDate BEFORE_JULY_2026 = LocalDate.of(2026, 6, 30);
    private static final LocalDate FROM_JULY_2026 = LocalDate.of(2026, 7, 1);

    @Test
    void theThresholdsInForceChangeOnTheFirstOfJuly2026() {
        assertEquals(
                Money.vnd(new BigDecimal("50000000")),
                AssetThreshold.on(BEFORE_JULY_2026).perAsset());
        assertEquals(
                Money.vnd(new BigDecimal("300000000")),
                AssetThreshold.on(BEFORE_JULY_2026).yearlyRise());
        assertEquals(
                Money.vnd(new BigDecimal("150000000")),
                AssetThreshold.on(FROM_JULY_2026).perAsset());
        assertEquals(
                Money.vnd(new BigDecimal("1000000000")),
                AssetThreshold.on(FROM_JULY_2026).yearlyRise());
    }

    @Test
    void anAssetAtOrOverThePerAssetThresholdIsListedOnItsOwn() {
        AssetThreshold threshold = AssetThreshold.on(BEFORE_JULY_2026);
        assertTrue(threshold.mustBeListed(vnd("50000000")));
        assertTrue(threshold.mustBeListed(vnd("70000000")));
        assertFalse(threshold.mustBeListed(vnd("49999999")));
        assertFalse(AssetThreshold.on(FROM_JULY_2026).mustBeListed(vnd("70000000")));
    }

    @Test
    void aListedAssetBelowTheThresholdInForceOnTheFilingDayIsRefused() {
        List<DeclaredAsset> car = List.of(new DeclaredAsset("Car", vnd("70000000")));
        assertEquals(1, file(car, "900000000", BEFORE_JULY_2026).assets().size());
        assertCode("asset-below-threshold", () -> file(car, "900000000", FROM_JULY_2026));
    }

    @Test
    void listedAssetsCannotBeWorthMoreThanTheTotal() {
        List<DeclaredAsset> land =
                List.of(new DeclaredAsset("Land", vnd("600000000")), new DeclaredAsset("House", vnd("500000000")));
        assertEquals(2, file(land, "1100000000", BEFORE_JULY_2026).assets().size());
        assertCode("assets-exceed-total", () -> file(land, "1000000000", BEFORE_JULY_2026));
    }

    @Test
    void anAssetInAnotherCurrencyIsNotComparedWithTheDongThreshold() {
        assertCode(
                "currency-mismatch",
                () -> file(
                        List.of(new DeclaredAsset("Savings", new Money(new BigDecimal("90000"), "USD"))),
                        "900000000",
                        BEFORE_JULY_2026));
    }

    @Test
    void theFirstDeclarationIsDueTenDaysAfterTheAppointment() {
        assertEquals(10, AssetDeclaration.FIRST_DECLARATION_DAYS);
        assertEquals(LocalDate.of(2026, 3, 11), AssetDeclaration.firstDeadline(LocalDate.of(2026, 3, 1)));
    }

    private static AssetDeclaration file(List<DeclaredAsset> assets, String total, LocalDate on) {
        return AssetDeclaration.file(
                UUID.randomUUID(),
                UUID.randomUUID(),
                AssetDeclarationKind.FIRST,
                on.getYear(),
                new BigDecimal(total),
                BigDecimal.ZERO,
                assets,
                on);
    }

    private static Money vnd(String amount) {
        return Money.vnd(new BigDecimal(amount));
    }

    private static void assertCode(String code, Executable executable) {
        assertEquals(
                code, assertThrows(RuleViolationException.class, executable).code());
    }
}
