package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.InspectionFindings;

/** Placeholder until the findings land (replaced by the findings' implementation in the same name). */
@ApplicationScoped
public class JpaInspectionFindings implements InspectionFindings {

    @Override
    public int countOf(UUID inspectionId) {
        return 0;
    }

    @Override
    public long unsettledActionsOf(UUID inspectionId) {
        return 0;
    }
}
