package vn.customs.inspections.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.customs.platform.domain.OfficerId;

/** One officer's seat on a team. */
@Embeddable
public record TeamSeat(
        @Column(name = "officer_id") OfficerId officer,
        @Enumerated(EnumType.STRING) TeamRole role) {

    public TeamSeat {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(role, "role");
    }
}
