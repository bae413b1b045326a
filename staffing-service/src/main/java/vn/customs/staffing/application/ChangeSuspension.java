package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.discipline.DisciplineCaseRepository;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;

/**
 * Sets or lifts the suspension an open discipline case imposes; the officer is suspended while any open case of his
 * suspends him. Publishes SuspensionChanged.
 */
@ApplicationScoped
public class ChangeSuspension {

    /** Suspend (true) or lift (false), from which day, and why. */
    public record Command(boolean suspend, LocalDate from, String reason) {}

    private final DisciplineCaseRepository cases;
    private final OfficerRepository officers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    ChangeSuspension(
            DisciplineCaseRepository cases, OfficerRepository officers, Outbox outbox, AuditTrail audit, Today today) {
        this.cases = cases;
        this.officers = officers;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public DisciplineCase change(UUID caseId, ExpectedVersion expected, Command command) {
        DisciplineCase changing =
                cases.find(caseId).orElseThrow(() -> new UnknownObjectException("discipline case", caseId));
        expected.requireMatches(changing.version());
        Officer officer = officers.officerForUpdate(changing.officerId()).orElseThrow();
        boolean otherSuspends = cases.openCasesOf(officer.id()).stream()
                .anyMatch(other -> !other.id().equals(caseId) && other.suspended());
        LocalDate from = command.from() == null ? today.date() : command.from();
        var changed = changing.changeSuspension(command.suspend(), otherSuspends, from, command.reason(), today.now());
        officer.disciplineStateChanged(true, changed.suspended());
        outbox.publish(changed);
        officers.flush();
        audit.record(
                command.suspend() ? "suspend-officer" : "lift-suspension",
                "discipline-case",
                caseId,
                Map.of("officer", officer.id(), "from", from, "suspended", changed.suspended()));
        return changing;
    }
}
