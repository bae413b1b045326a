package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.declaration.DeclarationStatus;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * Reading declarations: one by id (a declarant only his own, answered 404 otherwise), searches with filters and
 * keyset pagination (newest first, by submission time and id), and the work queue of an officer's gate.
 */
@ApplicationScoped
@Transactional
public class DeclarationQueries {

    /** Search filters; null means any. */
    public record Filter(
            String declarantTaxId,
            String gateCode,
            DeclarationStatus status,
            Channel channel,
            UUID officerId,
            Instant from,
            Instant to) {}

    private final EntityManager entityManager;
    private final DeclarationRepository declarations;
    private final Caller caller;
    private final OfficerAccess officers;

    DeclarationQueries(
            EntityManager entityManager, DeclarationRepository declarations, Caller caller, OfficerAccess officers) {
        this.entityManager = entityManager;
        this.declarations = declarations;
        this.caller = caller;
        this.officers = officers;
    }

    public Declaration find(UUID id) {
        Declaration declaration = entityManager.find(Declaration.class, id);
        if (declaration == null) {
            throw new UnknownObjectException("declaration", id);
        }
        caller.requireEnterprise(declaration.declarant().taxId().value(), "declaration", id);
        if (!visibleGates()
                .map(gates -> gates.contains(declaration.gateCode().value()))
                .orElse(true)) {
            throw new UnknownObjectException("declaration", id);
        }
        return whole(declaration);
    }

    /** A kept version of a declaration the caller may read, as JSON (404 for another's or one never kept). */
    public String version(UUID id, int version) {
        return declarations
                .version(find(id).id(), version)
                .orElseThrow(() -> new UnknownObjectException("version of declaration " + id, version));
    }

    /** A declarant searches only his own declarations; an officer his gate's; a unit head the gates he heads. */
    public List<Declaration> search(Filter filter, PageRequest page) {
        Filter scoped = filter;
        if (caller.hasRole(Roles.DECLARANT)) {
            scoped = new Filter(
                    caller.taxId().orElse("-"),
                    filter.gateCode(),
                    filter.status(),
                    filter.channel(),
                    filter.officerId(),
                    filter.from(),
                    filter.to());
        }
        Optional<Set<String>> gates = caller.hasRole(Roles.DECLARANT) ? Optional.empty() : visibleGates();
        if (gates.isPresent() && gates.get().isEmpty()) {
            return List.of(); // posted nowhere, heading nothing: nothing to see
        }
        return run(scoped, gates, page, false);
    }

    /** Open declarations of the calling officer's gate, oldest first: what is waiting to be worked on. */
    public List<Declaration> queue(PageRequest page) {
        return officers.gate()
                .map(gate -> run(new Filter(null, gate, null, null, null, null, null), Optional.empty(), page, true))
                .orElse(List.of());
    }

    /**
     * The gates whose declarations the caller may read; empty when he may read all (auditors). An officer reads the
     * gate he is posted at today, a unit head the units he heads today, both from staffing's events.
     */
    private Optional<Set<String>> visibleGates() {
        if (caller.hasRole(Roles.AUDITOR) || caller.hasRole(Roles.DECLARANT)) {
            return Optional.empty();
        }
        Set<String> gates = new HashSet<>();
        if (caller.hasRole(Roles.OFFICER)) {
            officers.gate().ifPresent(gates::add);
        }
        if (caller.hasRole(Roles.UNIT_HEAD)) {
            gates.addAll(officers.headedUnits());
        }
        return Optional.of(gates);
    }

    private List<Declaration> run(
            Filter filter, Optional<Set<String>> gates, PageRequest page, boolean openOldestFirst) {
        if (filter.gateCode() != null && !UnitCode.valid(filter.gateCode())) {
            return List.of(); // no declaration is lodged at a malformed gate code
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        gates.ifPresent(visible -> add(where, parameters, "d.gateCode IN :visible", "visible", unitCodes(visible)));
        add(where, parameters, "d.declarant.taxId = :declarant", "declarant", taxId(filter.declarantTaxId()));
        add(where, parameters, "d.gateCode = :gate", "gate", unitCode(filter.gateCode()));
        add(where, parameters, "d.status = :status", "status", filter.status());
        add(where, parameters, "d.channel = :channel", "channel", filter.channel());
        add(
                where,
                parameters,
                "d.assignedOfficerId = :officer",
                "officer",
                filter.officerId() == null ? null : new OfficerId(filter.officerId()));
        add(where, parameters, "d.submittedAt >= :from", "from", filter.from());
        add(where, parameters, "d.submittedAt < :to", "to", filter.to());
        if (openOldestFirst) {
            where.add("d.status NOT IN :closed");
            parameters.put(
                    "closed",
                    List.of(
                            DeclarationStatus.CLEARED,
                            DeclarationStatus.CANCELLED,
                            DeclarationStatus.EXPIRED,
                            DeclarationStatus.REJECTED));
        }
        page.afterPosition(Instant::parse).ifPresent(position -> {
            parameters.put("afterAt", position.key());
            parameters.put("afterId", position.id());
            where.add(
                    openOldestFirst
                            ? "(d.submittedAt > :afterAt OR (d.submittedAt = :afterAt AND d.id > :afterId))"
                            : "(d.submittedAt < :afterAt OR (d.submittedAt = :afterAt AND d.id < :afterId))");
        });
        String order = openOldestFirst ? "d.submittedAt, d.id" : "d.submittedAt DESC, d.id DESC";
        TypedQuery<Declaration> query = entityManager.createQuery(
                "SELECT d FROM Declaration d" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY " + order,
                Declaration.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(page.limit() + 1).getResultList().stream()
                .map(DeclarationQueries::whole)
                .toList();
    }

    /** The gates as the converted attribute holds them; a malformed code names no gate. */
    private static List<UnitCode> unitCodes(Set<String> gates) {
        return gates.stream().filter(UnitCode::valid).map(UnitCode::new).toList();
    }

    private static UnitCode unitCode(String value) {
        return value == null ? null : new UnitCode(value);
    }

    private static TaxId taxId(String value) {
        return value == null ? null : new TaxId(value);
    }

    private static void add(
            List<String> where, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }

    /**
     * The declaration with its collections loaded, so that it can be read after its transaction ended (the use cases
     * are the transaction boundary; the API shapes its answer afterwards).
     */
    public static Declaration whole(Declaration declaration) {
        declaration.items();
        declaration.documents();
        declaration.history();
        declaration.riskReasons();
        declaration.clock();
        return declaration;
    }

    /** The cursor position of a declaration in these lists. */
    public static String position(Declaration declaration) {
        return PageRequest.position(declaration.submittedAt(), declaration.id());
    }
}
