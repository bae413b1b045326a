package vn.customs.staffing.domain.discipline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Discipline cases. */
public interface DisciplineCaseRepository {

    Optional<DisciplineCase> find(UUID id);

    Optional<DisciplineCase> byOrigin(UUID officerId, CaseOrigin origin, String originId);

    List<DisciplineCase> openCasesOf(UUID officerId);

    void add(DisciplineCase disciplineCase);
}
