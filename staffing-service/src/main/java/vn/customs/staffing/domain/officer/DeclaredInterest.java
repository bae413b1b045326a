package vn.customs.staffing.domain.officer;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A relative's workplace or a business interest the officer declared: {@code unitCode} when it is at one of the
 * department's units (no posting there), {@code taxId} when it is an enterprise (no acting on its files).
 */
@Embeddable
public record DeclaredInterest(
        @Enumerated(EnumType.STRING) InterestKind kind, String description, String unitCode, String taxId) {

    /** One detail of every interest that has it ({@code unitCode}, {@code taxId}), sorted, without repeats. */
    static Set<String> collect(List<DeclaredInterest> interests, Function<DeclaredInterest, String> detail) {
        return interests.stream().map(detail).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

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
