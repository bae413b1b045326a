package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.inspections.DrawRevealed;
import vn.customs.inspections.domain.draw.Draw;
import vn.customs.inspections.domain.draw.DrawnInspections;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * An inspection lead reveals a draw's seed once every drawn unit's inspection (basis RISK_DRAW, this draw) has
 * started: from then on anyone can recompute the draw and check it against the commitment published when it was made.
 */
@ApplicationScoped
public class RevealDraw {

    private final DrawQueries queries;
    private final DrawnInspections inspections;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Today today;

    RevealDraw(
            DrawQueries queries,
            DrawnInspections inspections,
            Outbox outbox,
            AuditTrail audit,
            Caller caller,
            Today today) {
        this.queries = queries;
        this.inspections = inspections;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.today = today;
    }

    @Transactional
    public Draw reveal(UUID id, ExpectedVersion expected) {
        Draw draw = queries.forLead(id);
        expected.requireMatches(draw.version());
        DrawRevealed revealed = draw.reveal(inspections.startedFor(id), caller.subject(), today.now());
        outbox.publish(revealed);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("commitment", revealed.commitment());
        details.put("seed", revealed.seed());
        details.put("drawn", revealed.drawnUnitCodes());
        audit.record("reveal-draw", "draw", id, details);
        return draw;
    }
}
