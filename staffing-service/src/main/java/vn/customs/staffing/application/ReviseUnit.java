package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Unit;

/** Renames a unit or changes its remote-area flag. */
@ApplicationScoped
public class ReviseUnit {

    private final OrganisationRepository repository;
    private final AuditTrail audit;

    ReviseUnit(OrganisationRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Unit revise(UUID id, ExpectedVersion expected, String name, boolean remoteArea) {
        Unit unit = unit(id);
        expected.requireMatches(unit.version());
        unit.revise(name, remoteArea);
        repository.flush();
        audit.record("revise-unit", "unit", id, Map.of("name", name, "remoteArea", remoteArea));
        return unit;
    }

    private Unit unit(UUID id) {
        return repository.unit(id).orElseThrow(() -> new UnknownObjectException("unit", id));
    }
}
