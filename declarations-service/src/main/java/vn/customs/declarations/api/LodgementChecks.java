package vn.customs.declarations.api;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.customs.declarations.domain.declaration.HsCode;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;

/**
 * The checks a pattern cannot make (a currency ISO 4217 knows, a country ISO 3166 knows, an HS chapter that exists),
 * each reported with the JSON pointer of its field, all at once.
 */
final class LodgementChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LodgementChecks() {}

    static void check(LodgementBody body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            Currency.getInstance(body.invoice().currency());
        } catch (IllegalArgumentException unknown) {
            errors.add(new Problem.FieldError("/invoice/currency", "not an ISO 4217 currency"));
        }
        if (!COUNTRIES.contains(body.counterparty().country())) {
            errors.add(new Problem.FieldError("/counterparty/country", "not an ISO 3166 country"));
        }
        for (int i = 0; i < body.items().size(); i++) {
            LodgementBody.ItemBody item = body.items().get(i);
            if (!HsCode.valid(item.hsCode())) {
                errors.add(new Problem.FieldError("/items/" + i + "/hsCode", "no such HS chapter (01 to 97, not 77)"));
            }
            if (!COUNTRIES.contains(item.originCountry())) {
                errors.add(new Problem.FieldError("/items/" + i + "/originCountry", "not an ISO 3166 country"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestProblemException(400, "validation", "The declaration is not valid.", errors);
        }
    }
}
