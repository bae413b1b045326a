package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.draw.CandidateSnapshot;
import vn.customs.inspections.domain.draw.Draw;
import vn.customs.inspections.domain.draw.DrawRepository;
import vn.customs.inspections.domain.draw.RiskSignals;
import vn.customs.inspections.domain.draw.Seed;
import vn.customs.inspections.domain.draw.Signals;
import vn.customs.inspections.domain.draw.WeightFormula;
import vn.customs.inspections.domain.draw.WeightFormulaBook;
import vn.customs.inspections.domain.staffing.Unit;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * An inspection lead draws surprise-inspection targets: the open gates (or those he names among them) are weighed by
 * their risk signals under the formula in force today, a fresh seed draws, and only the commitment goes out.
 */
@ApplicationScoped
public class CommitDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DrawRepository draws;
    private final WeightFormulaBook formulas;
    private final RiskSignals signals;
    private final Instance<UnitDirectory> directory;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Today today;

    CommitDraw(
            DrawRepository draws,
            WeightFormulaBook formulas,
            RiskSignals signals,
            Instance<UnitDirectory> directory,
            Outbox outbox,
            AuditTrail audit,
            Caller caller,
            Today today) {
        this.draws = draws;
        this.formulas = formulas;
        this.signals = signals;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.today = today;
    }

    /**
     * Draws {@code size} of the candidates: {@code requested} when given (each an open gate), else every open gate.
     */
    @Transactional
    public Draw commit(int size, List<UnitCode> requested) {
        LocalDate day = today.date();
        WeightFormula formula = formulas.inForceOn(day);
        Set<UnitCode> candidates = candidates(requested);
        Map<UnitCode, Signals> counted = signals.of(candidates, day);
        List<CandidateSnapshot> snapshots = new ArrayList<>();
        for (UnitCode unit : candidates) {
            snapshots.add(CandidateSnapshot.weighed(unit, counted.getOrDefault(unit, Signals.NONE), formula));
        }
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        Draw draw = Draw.commit(
                TimeOrderedIds.next(), formula, snapshots, size, Seed.of(seed), caller.subject(), today.now());
        draws.add(draw);
        outbox.publish(draw.committed());
        // the commitment and counts only: which units were drawn stays sealed, in the audit trail too
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("commitment", draw.commitment());
        details.put("formulaVersion", formula.version());
        details.put("candidates", snapshots.size());
        details.put("size", size);
        audit.record("commit-draw", "draw", draw.id(), details);
        return draw;
    }

    private Set<UnitCode> candidates(List<UnitCode> requested) {
        boolean named = requested != null && !requested.isEmpty();
        Set<UnitCode> chosen = new TreeSet<>(Comparator.comparing(UnitCode::value));
        if (named) {
            chosen.addAll(requested);
            if (chosen.size() != requested.size()) {
                throw new RuleViolationException("duplicate-candidate", "A candidate is named twice");
            }
        }
        if (!directory.isResolvable()) {
            if (!named) {
                throw new RuleViolationException(
                        "candidates-required", "The units staffing opened are not known yet: name the candidates");
            }
            return chosen;
        }
        Set<UnitCode> gates = directory.get().open().stream()
                .filter(Unit::gate)
                .map(Unit::code)
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(UnitCode::value))));
        if (!named) {
            return gates;
        }
        List<String> unknown = chosen.stream()
                .filter(unit -> !gates.contains(unit))
                .map(UnitCode::value)
                .toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(
                    "unknown-candidate",
                    "Candidates are open gates (units of kind SUB_DEPARTMENT) staffing announced; not one: "
                            + String.join(", ", unknown));
        }
        return chosen;
    }
}
