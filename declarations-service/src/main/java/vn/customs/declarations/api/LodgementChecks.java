package vn.customs.declarations.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.customs.declarations.application.ContentHash;
import vn.customs.declarations.application.FieldProblem;
import vn.customs.declarations.application.NotYourEnterpriseException;
import vn.customs.declarations.application.SubmitDeclaration;
import vn.customs.declarations.domain.declaration.HsCode;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;

/**
 * The checks a pattern cannot make (a currency ISO 4217 knows, a country ISO 3166 knows, an HS chapter that exists),
 * each reported with the JSON pointer of its field, all at once; and, for the dry-run, every check lodging makes in
 * one answer.
 */
final class LodgementChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LodgementChecks() {}

    /** Lodging: refuses (400) a body whose codes ISO or the HS nomenclature do not know. */
    static void check(LodgementBody body) {
        List<Problem.FieldError> errors = codes(body);
        if (!errors.isEmpty()) {
            throw new RequestProblemException(400, "validation", "The declaration is not valid.", errors);
        }
    }

    /**
     * The dry-run: everything lodging would refuse, in one {@code errors} array: bean validation, the code checks,
     * a declarant who is not the caller's enterprise, and the registration problems (an LRN taken by other content,
     * an unknown, closed or non-gate unit). The answer has the status lodging would give the same body: 400 when a
     * field is invalid, else 403 for another enterprise, else 409 for a taken LRN, else 422.
     */
    static void requireAllValid(LodgementBody body, SubmitDeclaration submit, Instant now) {
        List<Problem.FieldError> invalid = new ArrayList<>(beanValidation(body));
        invalid.addAll(codes(body));
        // a well-formed body's content decides whether its LRN names the same declaration again (a replay) or other
        // content; an invalid one is refused with 400 before its LRN matters, as lodging refuses it
        String contentHash = invalid.isEmpty() ? ContentHash.of(body.lodgement(now)) : null;
        String declarant = body.declarant() == null ? null : body.declarant().taxId();
        List<FieldProblem> refused = submit.problems(body.gateCode(), declarant, body.lrn(), contentHash);
        if (invalid.isEmpty() && refused.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>(invalid);
        refused.forEach(problem -> errors.add(new Problem.FieldError(problem.pointer(), problem.message())));
        String code = !invalid.isEmpty() ? "validation" : first(refused, NotYourEnterpriseException.CODE, "lrn-taken");
        int status = switch (code) {
            case "validation" -> 400;
            case NotYourEnterpriseException.CODE -> 403;
            case "lrn-taken" -> 409;
            default -> 422;
        };
        throw new RequestProblemException(
                status, code, "The declaration has " + errors.size() + " problem(s); lodging would refuse it.", errors);
    }

    /** The code lodging would answer with: the first of {@code ranked} among the problems, else the first problem's. */
    private static String first(List<FieldProblem> problems, String... ranked) {
        for (String code : ranked) {
            if (problems.stream().anyMatch(problem -> problem.code().equals(code))) {
                return code;
            }
        }
        return problems.get(0).code();
    }

    private static List<Problem.FieldError> codes(LodgementBody body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.invoice() != null && body.invoice().currency() != null) {
            try {
                Currency.getInstance(body.invoice().currency());
            } catch (IllegalArgumentException unknown) {
                errors.add(new Problem.FieldError("/invoice/currency", "not an ISO 4217 currency"));
            }
        }
        if (body.counterparty() != null
                && body.counterparty().country() != null
                && !COUNTRIES.contains(body.counterparty().country())) {
            errors.add(new Problem.FieldError("/counterparty/country", "not an ISO 3166 country"));
        }
        List<LodgementBody.ItemBody> items = body.items() == null ? List.of() : body.items();
        for (int i = 0; i < items.size(); i++) {
            LodgementBody.ItemBody item = items.get(i);
            if (item == null) {
                continue;
            }
            if (item.hsCode() != null && !HsCode.valid(item.hsCode())) {
                errors.add(new Problem.FieldError("/items/" + i + "/hsCode", "no such HS chapter (01 to 97, not 77)"));
            }
            if (item.originCountry() != null && !COUNTRIES.contains(item.originCountry())) {
                errors.add(new Problem.FieldError("/items/" + i + "/originCountry", "not an ISO 3166 country"));
            }
        }
        return errors;
    }

    private static List<Problem.FieldError> beanValidation(LodgementBody body) {
        // looked up, not injected: the checks are static helpers of the resource, which keeps its constructor
        Validator validator = CDI.current().select(Validator.class).get();
        return validator.validate(body).stream()
                .map(violation -> new Problem.FieldError(pointer(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList();
    }

    /** {@code /items/3/hsCode} for the property path {@code items[3].hsCode}. */
    private static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(node.getKey());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
