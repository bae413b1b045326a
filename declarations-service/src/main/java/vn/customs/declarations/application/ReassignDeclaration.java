package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.officer.OfficerRoster;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * The head of a gate hands one of its declarations to another officer, with a reason: recorded in its history,
 * audited, and the new officer may act on it (the one who had it no longer may). The new officer must be able to act
 * there today: posted at the gate, not suspended, without an interest in its enterprises.
 */
@ApplicationScoped
public class ReassignDeclaration {

    private final DeclarationRepository declarations;
    private final OfficerAccess officers;
    private final OfficerRoster roster;
    private final Workload workload;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    ReassignDeclaration(
            DeclarationRepository declarations,
            OfficerAccess officers,
            OfficerRoster roster,
            Workload workload,
            Caller caller,
            AuditTrail audit,
            Today today) {
        this.declarations = declarations;
        this.officers = officers;
        this.roster = roster;
        this.workload = workload;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Declaration reassign(UUID id, ExpectedVersion expected, UUID to, String reason) {
        Declaration declaration =
                declarations.findForUpdate(id).orElseThrow(() -> new UnknownObjectException("declaration", id));
        if (!officers.headedUnits().contains(declaration.gateCode().value())) {
            throw new AccessRefusedException(
                    "outside-his-units", "Only the head of " + declaration.gateCode() + " reassigns its declarations.");
        }
        expected.requireMatches(declaration.version());
        roster.standing(to, today.date())
                .refusalFor(declaration.gateCode().value(), Enterprises.of(declaration))
                .ifPresent(refusal -> {
                    throw new RuleViolationException(refusal.code(), refusal.detail());
                });
        OfficerId from = declaration.assignedOfficerId();
        declaration.reassign(new OfficerId(to), reason, caller.subject(), today.now());
        workload.reassigned(from, to);
        declarations.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("from", from == null ? null : from.value());
        details.put("to", to);
        details.put("reason", reason);
        audit.record("reassign-declaration", "declaration", id, details);
        return DeclarationQueries.whole(declaration);
    }
}
