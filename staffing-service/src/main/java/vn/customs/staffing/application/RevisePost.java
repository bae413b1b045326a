package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostTerms;

/** Revises a post's terms. */
@ApplicationScoped
public class RevisePost {

    private final OrganisationRepository repository;
    private final AuditTrail audit;

    RevisePost(OrganisationRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Post revise(UUID id, ExpectedVersion expected, PostTerms terms) {
        Post post = repository.post(id).orElseThrow(() -> new UnknownObjectException("post", id));
        expected.requireMatches(post.version());
        post.revise(terms);
        repository.flush();
        audit.record("revise-post", "post", id, Map.of("title", terms.title()));
        return post;
    }
}
