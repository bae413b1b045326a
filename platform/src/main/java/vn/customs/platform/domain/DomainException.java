package vn.customs.platform.domain;

/**
 * A domain rule said no. Plain Java, so aggregates can throw it without depending on any framework; the HTTP
 * layer turns each kind into its status and a problem document whose {@code type} ends with {@link #code()}.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, kebab-case name for the rule, e.g. {@code illegal-transition}; part of the API contract. */
    public String code() {
        return code;
    }
}
