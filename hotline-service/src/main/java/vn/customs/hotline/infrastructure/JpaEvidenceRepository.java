package vn.customs.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.hotline.domain.evidence.Evidence;
import vn.customs.hotline.domain.evidence.EvidenceRepository;
import vn.customs.hotline.domain.evidence.EvidenceView;

/** Evidence in PostgreSQL; lists read the metadata columns only, never the content. */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    private final EntityManager entityManager;

    JpaEvidenceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(Evidence evidence) {
        entityManager.persist(evidence);
    }

    @Override
    public long count(UUID reportId) {
        return entityManager
                .createQuery("select count(e) from Evidence e where e.reportId = :report", Long.class)
                .setParameter("report", reportId)
                .getSingleResult();
    }

    @Override
    public List<EvidenceView> list(UUID reportId) {
        return entityManager
                .createQuery("""
                        select new vn.customs.hotline.domain.evidence.EvidenceView(
                            e.id, e.reportId, e.source, e.handlerSubject, e.mediaType, e.sizeBytes, e.sha256,
                            e.metadataRemoved, e.addedAt)
                        from Evidence e where e.reportId = :report order by e.addedAt, e.id
                        """, EvidenceView.class)
                .setParameter("report", reportId)
                .getResultList();
    }

    @Override
    public Optional<Evidence> find(UUID reportId, UUID evidenceId) {
        return Optional.ofNullable(entityManager.find(Evidence.class, evidenceId))
                .filter(evidence -> evidence.reportId().equals(reportId));
    }
}
