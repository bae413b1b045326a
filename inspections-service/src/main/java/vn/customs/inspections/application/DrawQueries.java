package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.customs.inspections.domain.draw.CandidateSnapshot;
import vn.customs.inspections.domain.draw.Draw;
import vn.customs.inspections.domain.draw.DrawRepository;
import vn.customs.inspections.domain.draw.DrawVerification;
import vn.customs.inspections.domain.draw.Seed;
import vn.customs.inspections.domain.draw.WeightFormula;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * Reads of draws. A draw and the units it drew are for INSPECTION_LEAD alone until revealed: anyone else gets the
 * same "no such draw" as for an id that never existed. After the revelation anyone reads the published data and
 * verifies it.
 */
@ApplicationScoped
public class DrawQueries {

    private final DrawRepository draws;
    private final Caller caller;

    DrawQueries(DrawRepository draws, Caller caller) {
        this.draws = draws;
        this.caller = caller;
    }

    /** The draw with everything it holds, for an inspection lead; 404 for anyone else. */
    @Transactional
    public Draw forLead(UUID id) {
        if (!caller.hasRole(Roles.INSPECTION_LEAD)) {
            throw new UnknownObjectException("draw", id);
        }
        return draws.find(id).orElseThrow(() -> new UnknownObjectException("draw", id));
    }

    /** Draws in the order made, for an inspection lead (the resource admits no one else); limit + 1 rows. */
    @Transactional
    public List<Draw> list(PageRequest page) {
        if (!caller.hasRole(Roles.INSPECTION_LEAD)) {
            return List.of();
        }
        return draws.after(page.afterId(), page.limit() + 1);
    }

    /** A revealed draw, for anyone; a sealed one is as unknown as an id that never existed. */
    @Transactional
    public Draw published(UUID id) {
        return draws.find(id)
                .filter(draw -> draw.status().published())
                .orElseThrow(() -> new UnknownObjectException("draw", id));
    }

    /** Whether draw {@code drawId} exists and drew {@code unit} (a RISK_DRAW inspection must name a drawn unit). */
    @Transactional
    public boolean drew(UUID drawId, UnitCode unit) {
        return draws.find(drawId).map(draw -> draw.drew(unit)).orElse(false);
    }

    /** Recomputes a revealed draw from the data sent and compares it with the claims. */
    public DrawVerification verify(
            WeightFormula formula,
            List<CandidateSnapshot> candidates,
            int size,
            Seed seed,
            List<UnitCode> claimedDrawn,
            String claimedCommitment) {
        return DrawVerification.of(formula, candidates, size, seed, claimedDrawn, claimedCommitment);
    }
}
