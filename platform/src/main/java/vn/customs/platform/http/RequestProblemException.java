package vn.customs.platform.http;

import java.util.List;

/**
 * The HTTP layer refuses a request and says why (a bad query parameter, a missing or stale If-Match, a replayed
 * Idempotency-Key with another body); answered as problem+json with the given status and type code.
 */
public class RequestProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Problem.FieldError> errors;

    public RequestProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public RequestProblemException(int status, String code, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
