package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostTerms;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;

/** Creating and revising units and posts; every change is audited. */
@ApplicationScoped
public class Organisation {

    private final OrganisationRepository repository;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    Organisation(OrganisationRepository repository, Outbox outbox, AuditTrail audit, Today today) {
        this.repository = repository;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Unit createUnit(String code, String name, UnitKind kind, String parentCode, boolean remoteArea) {
        if (repository.unitByCode(code).isPresent()) {
            throw new RuleViolationException("unit-code-taken", "A unit with code " + code + " exists.");
        }
        Unit parent = parentCode == null
                ? null
                : repository
                        .unitByCode(parentCode)
                        .orElseThrow(() ->
                                new RuleViolationException("unknown-unit", "No unit with code " + parentCode + "."));
        if (parent != null) {
            parent.requireOpen();
        }
        Unit unit = Unit.create(TimeOrderedIds.next(), code, name, kind, parent, remoteArea, today.now());
        repository.add(unit);
        outbox.publish(unit.opening(parent, today.now()));
        audit.record("create-unit", "unit", unit.id(), Map.of("code", code));
        return unit;
    }

    @Transactional
    public Unit reviseUnit(UUID id, ExpectedVersion expected, String name, boolean remoteArea) {
        Unit unit = unit(id);
        expected.requireMatches(unit.version());
        unit.revise(name, remoteArea);
        repository.flush();
        audit.record("revise-unit", "unit", id, Map.of("name", name, "remoteArea", remoteArea));
        return unit;
    }

    @Transactional
    public Post createPost(UUID unitId, PostTerms terms) {
        Unit unit = repository
                .unit(unitId)
                .orElseThrow(() -> new RuleViolationException("unknown-unit", "No unit " + unitId + "."));
        unit.requireOpen();
        Post post = Post.create(TimeOrderedIds.next(), unit, terms, today.now());
        repository.add(post);
        repository.flush();
        audit.record("create-post", "post", post.id(), Map.of("unit", unit.code(), "title", terms.title()));
        return post;
    }

    @Transactional
    public Post revisePost(UUID id, ExpectedVersion expected, PostTerms terms) {
        Post post = repository.post(id).orElseThrow(() -> new UnknownObjectException("post", id));
        expected.requireMatches(post.version());
        post.revise(terms);
        repository.flush();
        audit.record("revise-post", "post", id, Map.of("title", terms.title()));
        return post;
    }

    /** Closes a unit from {@code day} under a decision; publishes UnitClosed. */
    @Transactional
    public Unit closeUnit(UUID id, ExpectedVersion expected, LocalDate day, String decision) {
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

    public Unit unit(UUID id) {
        return repository.unit(id).orElseThrow(() -> new UnknownObjectException("unit", id));
    }
}
