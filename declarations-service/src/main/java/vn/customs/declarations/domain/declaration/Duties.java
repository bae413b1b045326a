package vn.customs.declarations.domain.declaration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Import duty and VAT per item, in VND: customs value × exchange rate × the chapter's duty rate, then VAT on value
 * plus duty. The rates are an illustrative excerpt by HS chapter (the suite does not carry the full tariff); exports
 * pay none here.
 */
public final class Duties {

    static final BigDecimal VAT_RATE = new BigDecimal("0.10");
    static final BigDecimal DEFAULT_IMPORT_RATE = new BigDecimal("0.05");
    static final Map<String, BigDecimal> IMPORT_RATE_BY_CHAPTER = Map.of(
            "08", new BigDecimal("0.20"), // fruit and nuts
            "24", new BigDecimal("1.35"), // tobacco
            "61", new BigDecimal("0.20"), // knitted apparel
            "84", new BigDecimal("0.03"), // machinery
            "85", new BigDecimal("0.05"), // electrical equipment
            "87", new BigDecimal("0.50")); // vehicles

    private Duties() {}

    /** The items with their duties filled in. */
    public static List<Item> compute(Flow flow, List<Item> items, BigDecimal exchangeRateVnd) {
        return items.stream().map(item -> compute(flow, item, exchangeRateVnd)).collect(Collectors.toList());
    }

    private static Item compute(Flow flow, Item item, BigDecimal exchangeRateVnd) {
        if (flow != Flow.IMPORT) {
            return item.withDuties(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal rate = IMPORT_RATE_BY_CHAPTER.getOrDefault(item.hsCode().chapter(), DEFAULT_IMPORT_RATE);
        BigDecimal valueVnd = item.customsValue().multiply(exchangeRateVnd);
        BigDecimal duty = valueVnd.multiply(rate).setScale(0, RoundingMode.HALF_UP);
        BigDecimal vat = valueVnd.add(duty).multiply(VAT_RATE).setScale(0, RoundingMode.HALF_UP);
        return item.withDuties(rate, duty, vat);
    }
}
