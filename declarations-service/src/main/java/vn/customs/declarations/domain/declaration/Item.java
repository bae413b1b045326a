package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One line of goods: HS code, description, origin, quantity, net mass, customs value (invoice currency) and the
 * duties computed at registration (import duty rate and amount, VAT amount, both in VND).
 */
@Embeddable
public record Item(
        int seq,
        HsCode hsCode,
        String description,
        String originCountry,
        BigDecimal quantity,
        String unit,
        BigDecimal netMassKg,
        BigDecimal customsValue,
        BigDecimal importDutyRate,
        BigDecimal importDutyVnd,
        BigDecimal vatVnd) {

    public Item withDuties(BigDecimal rate, BigDecimal duty, BigDecimal vat) {
        return new Item(
                seq, hsCode, description, originCountry, quantity, unit, netMassKg, customsValue, rate, duty, vat);
    }
}
