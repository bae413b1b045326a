package vn.customs.declarations.application;

import java.util.List;
import vn.customs.platform.domain.DomainException;

/**
 * A well-formed lodgement that registration refuses (HTTP 422), with every reason as a JSON pointer into the
 * request: an unknown, closed or non-gate unit at {@code /gateCode}.
 */
public class RegistrationRefusedException extends DomainException {

    private final List<FieldProblem> problems;

    public RegistrationRefusedException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).code() : "registration-refused", detail(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String detail(List<FieldProblem> problems) {
        return problems.size() == 1
                ? problems.get(0).message()
                : "Registration refuses the declaration for " + problems.size() + " reasons.";
    }
}
