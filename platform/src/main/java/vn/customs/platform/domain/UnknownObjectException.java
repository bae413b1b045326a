package vn.customs.platform.domain;

/**
 * The object does not exist, or the caller may not know that it exists (HTTP 404): another enterprise's
 * declaration is answered exactly like a missing one.
 */
public class UnknownObjectException extends DomainException {

    public UnknownObjectException(String objectType, Object id) {
        super("not-found", "No " + objectType + " " + id + ".");
    }
}
