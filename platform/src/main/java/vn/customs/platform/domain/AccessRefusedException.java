package vn.customs.platform.domain;

/**
 * The caller is known and the object is visible to him, but this rule forbids him the act (HTTP 403, naming the rule):
 * an officer not posted at the gate, an officer with an interest in the enterprise, a unit head outside his units.
 * Use cases throw it instead of an HTTP exception; an object the caller may not even know of is an
 * {@link UnknownObjectException} instead.
 */
public class AccessRefusedException extends DomainException {

    public AccessRefusedException(String code, String detail) {
        super(code, detail);
    }
}
