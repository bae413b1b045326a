package vn.customs.inspections.domain.plan;

import java.util.Optional;
import java.util.UUID;

/** Plans of thematic inspections. */
public interface PlanRepository {

    Optional<InspectionPlan> find(UUID id);

    /** The plan, locked until the transaction ends (an approval proposes its inspections once). */
    Optional<InspectionPlan> findForUpdate(UUID id);

    void add(InspectionPlan plan);

    /**
     * Writes the pending changes now, so that the version an answer carries (its ETag) is the stored one even when the
     * transaction commits after the answer is built (a request with an Idempotency-Key).
     */
    void flush();
}
