package vn.customs.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.customs.hotline.domain.directory.HotlineDirectory;
import vn.customs.hotline.domain.directory.HotlineEntry;
import vn.customs.platform.domain.UnitCode;

/** The hotline directory in PostgreSQL. */
@ApplicationScoped
public class JpaHotlineDirectory implements HotlineDirectory {

    private final EntityManager entityManager;

    JpaHotlineDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<HotlineEntry> find(UnitCode unitCode) {
        return entityManager
                .createQuery("SELECT e FROM HotlineEntry e WHERE e.unitCode = :code", HotlineEntry.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(HotlineEntry entry) {
        entityManager.persist(entry);
        entityManager.flush();
    }

    @Override
    public void remove(HotlineEntry entry) {
        entityManager.remove(entry);
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
