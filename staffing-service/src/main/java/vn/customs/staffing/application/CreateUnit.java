package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;

/** Creates a unit under an open parent (only the department has none); publishes UnitOpened. */
@ApplicationScoped
public class CreateUnit {

    private final OrganisationRepository repository;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    CreateUnit(OrganisationRepository repository, Outbox outbox, AuditTrail audit, Today today) {
        this.repository = repository;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Unit create(String code, String name, UnitKind kind, String parentCode, boolean remoteArea) {
        UnitCode unitCode = new UnitCode(code);
        if (repository.unitByCode(unitCode).isPresent()) {
            throw new RuleViolationException("unit-code-taken", "A unit with code " + code + " exists.");
        }
        Unit parent = parentCode == null
                ? null
                : repository
                        .unitByCode(new UnitCode(parentCode))
                        .orElseThrow(() ->
                                new RuleViolationException("unknown-unit", "No unit with code " + parentCode + "."));
        if (parent != null) {
            parent.requireOpen();
        }
        Unit unit = Unit.create(TimeOrderedIds.next(), unitCode, name, kind, parent, remoteArea, today.now());
        repository.add(unit);
        outbox.publish(unit.opening(parent, today.now()));
        audit.record("create-unit", "unit", unit.id(), Map.of("code", code));
        return unit;
    }
}
