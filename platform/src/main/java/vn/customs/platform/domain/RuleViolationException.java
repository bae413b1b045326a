package vn.customs.platform.domain;

/** The request is well formed but breaks a business rule (HTTP 422). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}
