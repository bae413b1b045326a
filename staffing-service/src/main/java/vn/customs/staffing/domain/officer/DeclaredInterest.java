package vn.customs.staffing.domain.officer;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A relative's workplace or a business interest the officer declared: {@code unitCode} when it is at one of the
 * department's units (no posting there), {@code taxId} when it is an enterprise (no acting on its files).
 */
@Embeddable
public record DeclaredInterest(
        @Enumerated(EnumType.STRING) InterestKind kind, String description, String unitCode, String taxId) {

    /** A relative working somewhere, or the officer's own stake in a business. */
    public enum InterestKind {
        RELATIVE,
        BUSINESS
    }

    public DeclaredInterest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
