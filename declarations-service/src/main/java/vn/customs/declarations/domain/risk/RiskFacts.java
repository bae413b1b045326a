package vn.customs.declarations.domain.risk;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.customs.declarations.domain.declaration.Flow;
import vn.customs.platform.domain.RuleViolationException;

/**
 * What channel selection knows of a declaration at registration: the gate, the flow, the 8-digit HS codes and
 * ISO 3166 alpha-2 origin countries of its goods lines, and the declarant's record.
 *
 * <p>The facts come from the declarant's input, so malformed facts are refused as a broken rule (HTTP 422), not as
 * a programming error.
 */
public record RiskFacts(
        String gateCode,
        Flow flow,
        List<String> hsCodes,
        List<String> originCountries,
        boolean firstTimeDeclarant,
        int priorViolations,
        boolean paperSubmission) {

    private static final Pattern HS_CODE = Pattern.compile("[0-9]{8}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public RiskFacts {
        if (gateCode == null || gateCode.isBlank()) {
            throw new RuleViolationException("gate-required", "A declaration names the gate it is lodged at.");
        }
        if (flow == null) {
            throw new RuleViolationException("flow-required", "A declaration names its flow, IMPORT or EXPORT.");
        }
        hsCodes = List.copyOf(Objects.requireNonNull(hsCodes, "hsCodes"));
        if (hsCodes.isEmpty()) {
            throw new RuleViolationException("goods-required", "A declaration declares at least one goods line.");
        }
        for (String hsCode : hsCodes) {
            if (!HS_CODE.matcher(hsCode).matches()) {
                throw new RuleViolationException(
                        "hs-code-invalid", "An HS code has 8 digits, but was '" + hsCode + "'.");
            }
        }
        originCountries = List.copyOf(Objects.requireNonNull(originCountries, "originCountries"));
        for (String country : originCountries) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new RuleViolationException(
                        "origin-invalid",
                        "An origin country is an upper-case ISO 3166 alpha-2 code, but was '" + country + "'.");
            }
        }
        if (priorViolations < 0) {
            throw new RuleViolationException(
                    "prior-violations-negative",
                    "Prior violations are zero or more, but were " + priorViolations + ".");
        }
    }
}
