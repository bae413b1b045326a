package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostTerms;
import vn.customs.staffing.domain.organisation.Unit;

/** Creates a post at an open unit. */
@ApplicationScoped
public class CreatePost {

    private final OrganisationRepository repository;
    private final AuditTrail audit;
    private final Today today;

    CreatePost(OrganisationRepository repository, AuditTrail audit, Today today) {
        this.repository = repository;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Post create(UUID unitId, PostTerms terms) {
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
}
