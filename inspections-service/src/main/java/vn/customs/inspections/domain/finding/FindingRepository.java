package vn.customs.inspections.domain.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Findings and the corrective actions they order. */
public interface FindingRepository {

    Optional<Finding> find(UUID id);

    void add(Finding finding);

    Optional<CorrectiveAction> findAction(UUID id);

    /** The action, locked until the transaction ends. */
    Optional<CorrectiveAction> findActionForUpdate(UUID id);

    void add(CorrectiveAction action);

    /** The actions a finding ordered, in the order ordered. */
    List<CorrectiveAction> actionsOf(UUID findingId);

    /** Writes pending changes now, so that the version a caller gets back is the one stored. */
    void flush();

    /** Up to {@code limit} actions still OPEN or IN_PROGRESS whose due date is before {@code today}. */
    List<UUID> pastDue(LocalDate today, int limit);
}
