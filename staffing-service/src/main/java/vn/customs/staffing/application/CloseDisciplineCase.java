package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.discipline.CaseOutcome;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.discipline.DisciplineCaseRepository;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;

/** Closes a discipline case with its outcome; the officer's review and suspension follow his remaining open cases. */
@ApplicationScoped
public class CloseDisciplineCase {

    private final DisciplineCaseRepository cases;
    private final OfficerRepository officers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    CloseDisciplineCase(
            DisciplineCaseRepository cases, OfficerRepository officers, Outbox outbox, AuditTrail audit, Today today) {
        this.cases = cases;
        this.officers = officers;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public DisciplineCase close(UUID caseId, ExpectedVersion expected, CaseOutcome outcome) {
        DisciplineCase closing = find(caseId);
        expected.requireMatches(closing.version());
        Officer officer = officers.officerForUpdate(closing.officerId()).orElseThrow();
        List<DisciplineCase> others = cases.openCasesOf(officer.id()).stream()
                .filter(other -> !other.id().equals(caseId))
                .toList();
        boolean stillSuspended = others.stream().anyMatch(DisciplineCase::suspended);
        outbox.publish(closing.close(outcome, stillSuspended, today.now()));
        officer.disciplineStateChanged(!others.isEmpty(), stillSuspended);
        officers.flush();
        audit.record("close-discipline-case", "discipline-case", caseId, Map.of("outcome", outcome));
        return closing;
    }

    private DisciplineCase find(UUID id) {
        return cases.find(id).orElseThrow(() -> new UnknownObjectException("discipline case", id));
    }
}
