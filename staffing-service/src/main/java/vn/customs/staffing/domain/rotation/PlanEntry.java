package vn.customs.staffing.domain.rotation;

import jakarta.persistence.Embeddable;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;

/**
 * One officer in a solved plan: a move ({@code toPostId} differs from {@code fromPostId}) with the reasons it was
 * made, or a stay with its reason (for a due officer, the legal exemption). Reasons are one per line.
 */
@Embeddable
public record PlanEntry(
        OfficerId officerId,
        String officerName,
        UUID fromPostId,
        UUID toPostId,
        boolean due,
        boolean pinned,
        String reasons) {

    public boolean moves() {
        return !fromPostId.equals(toPostId);
    }
}
