package vn.customs.staffing.domain.rotation;

import java.util.Optional;
import java.util.UUID;

/** Rotation plans. */
public interface RotationPlanRepository {

    Optional<RotationPlan> find(UUID id);

    void add(RotationPlan plan);
}
