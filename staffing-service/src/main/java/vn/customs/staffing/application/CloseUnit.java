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
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Unit;

/** Closes an empty unit from a day, under a decision; publishes UnitClosed. */
@ApplicationScoped
public class CloseUnit {

    private final OrganisationRepository repository;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    CloseUnit(OrganisationRepository repository, Outbox outbox, AuditTrail audit, Today today) {
        this.repository = repository;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    /** Closes a unit from {@code day} under a decision; publishes UnitClosed. */
    @Transactional
    public Unit close(UUID id, ExpectedVersion expected, LocalDate day, String decision) {
        Unit unit = unit(id);
        expected.requireMatches(unit.version());
        outbox.publish(unit.close(
                day,
                decision,
                repository.staffedOnOrAfter(unit.code(), day),
                repository.hasOpenChildren(unit.id()),
                today.now()));
        repository.flush();
        audit.record("close-unit", "unit", id, Map.of("closedOn", day, "decision", decision));
        return unit;
    }

    private Unit unit(UUID id) {
        return repository.unit(id).orElseThrow(() -> new UnknownObjectException("unit", id));
    }
}
