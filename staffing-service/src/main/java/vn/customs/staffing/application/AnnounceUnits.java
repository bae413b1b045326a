package vn.customs.staffing.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Unit;

/**
 * Publishes {@code UnitOpened} (and {@code UnitClosed} for a closed one) for every unit registered before the unit
 * events existed, once, at start: declarations refuses lodging at a gate its unit directory does not know, so a unit
 * that was never announced would close its gate to every declarant after the upgrade. New units are announced by
 * {@link CreateUnit}; a second run finds nothing left to announce.
 */
@ApplicationScoped
public class AnnounceUnits {

    private final OrganisationRepository units;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    AnnounceUnits(OrganisationRepository units, Outbox outbox, AuditTrail audit, Today today) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    void onStart(@Observes StartupEvent start) {
        announceTheUnannounced();
    }

    /** The units announced now, parents before their children. */
    @Transactional
    public List<Unit> announceTheUnannounced() {
        List<Unit> unannounced = units.unitsNotAnnouncedForUpdate();
        for (Unit unit : unannounced) {
            Unit parent =
                    unit.parentId() == null ? null : units.unit(unit.parentId()).orElseThrow();
            outbox.publish(unit.opening(parent, today.now()));
            unit.closure(today.now()).ifPresent(outbox::publish);
            audit.record("announce-unit", "unit", unit.id(), Map.of("code", unit.code()));
        }
        return unannounced;
    }
}
