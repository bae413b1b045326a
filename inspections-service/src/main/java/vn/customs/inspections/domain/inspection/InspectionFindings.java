package vn.customs.inspections.domain.inspection;

import java.util.UUID;

/** What the inspection's conclusion and closing need to know of its findings and corrective actions. */
public interface InspectionFindings {

    /** Findings recorded on the inspection. */
    int countOf(UUID inspectionId);

    /** Corrective actions of the inspection's findings that are not VERIFIED. */
    long unsettledActionsOf(UUID inspectionId);
}
