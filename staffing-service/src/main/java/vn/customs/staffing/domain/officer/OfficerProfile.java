package vn.customs.staffing.domain.officer;

import java.time.LocalDate;
import java.util.List;
import vn.customs.staffing.domain.organisation.Rank;

/** What personnel records about an officer besides postings: identity, rank, retirement, home, declared interests. */
public record OfficerProfile(
        String serviceNumber,
        String fullName,
        Rank rank,
        LocalDate dateOfBirth,
        LocalDate retirementDate,
        String homeUnitCode,
        List<DeclaredInterest> declaredInterests) {

    public OfficerProfile {
        declaredInterests = declaredInterests == null ? List.of() : List.copyOf(declaredInterests);
    }
}
