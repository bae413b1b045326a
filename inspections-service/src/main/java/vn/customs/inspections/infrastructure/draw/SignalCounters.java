package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.events.EventRejectedException;

/** The counters of {@code draw_unit_signals}, written by the three signal projections in their inbox transaction. */
@ApplicationScoped
public class SignalCounters {

    private final EntityManager entityManager;
    private final Clock clock;

    SignalCounters(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One more {@code kind} at {@code unitCode}, seen at {@code at} (now when the event carries no time). */
    void add(String unitCode, RiskSignal kind, Instant at) {
        entityManager
                .createNativeQuery("INSERT INTO draw_unit_signals (unit_code, kind, count, last_at)"
                        + " VALUES (?1, ?2, 1, ?3) ON CONFLICT (unit_code, kind)"
                        + " DO UPDATE SET count = draw_unit_signals.count + 1,"
                        + " last_at = GREATEST(draw_unit_signals.last_at, EXCLUDED.last_at)")
                .setParameter(1, unit(unitCode).value())
                .setParameter(2, kind.name())
                .setParameter(3, when(at))
                .executeUpdate();
    }

    Instant when(Instant at) {
        return at == null ? clock.instant() : at;
    }

    /** A unit code the event must carry; a missing or malformed one is refused to the dead-letter topic. */
    static UnitCode unit(String code) {
        if (!UnitCode.valid(code)) {
            throw new EventRejectedException("the event names no valid unit code: " + code);
        }
        return new UnitCode(code);
    }
}
