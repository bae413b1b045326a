package vn.customs.inspections.domain.inspection;

import java.util.Optional;
import java.util.UUID;

/** Inspections. */
public interface InspectionRepository {

    Optional<Inspection> find(UUID id);

    /** The inspection, locked until the transaction ends. */
    Optional<Inspection> findForUpdate(UUID id);

    /** The inspection a report asked for, if one was proposed already. */
    Optional<Inspection> findByBasis(Basis basis, String reference);

    void add(Inspection inspection);
}
