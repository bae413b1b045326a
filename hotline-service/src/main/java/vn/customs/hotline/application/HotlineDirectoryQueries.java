package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import vn.customs.hotline.domain.directory.HotlineEntry;
import vn.customs.hotline.domain.directory.UnitLevel;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;

/**
 * The published directory, for anyone: the department's entry first, then the gates' by code. Reads run in the
 * request's persistence context, so that views may load the entries' lists.
 */
@ApplicationScoped
public class HotlineDirectoryQueries {

    private final EntityManager entityManager;

    HotlineDirectoryQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page of entries in directory order, after the cursor's position. */
    public List<HotlineEntry> entries(PageRequest page) {
        Optional<PageRequest.Position<Place>> after = page.afterPosition(Place::parse);
        // the level is stored by name, and DEPARTMENT sorts before GATE
        String where = after.isEmpty() ? "" : " WHERE e.level > :level OR (e.level = :level AND e.unitCode > :code)";
        TypedQuery<HotlineEntry> query = entityManager.createQuery(
                "SELECT e FROM HotlineEntry e" + where + " ORDER BY e.level, e.unitCode", HotlineEntry.class);
        after.ifPresent(position -> query.setParameter("level", position.key().level())
                .setParameter("code", position.key().unitCode()));
        return query.setMaxResults(page.limit() + 1).getResultList();
    }

    /** The cursor position of an entry in directory order. */
    public static String position(HotlineEntry entry) {
        return PageRequest.position(entry.level() + "/" + entry.unitCode().value(), entry.id());
    }

    /** A unit's entry; 404 when the unit has none. */
    public HotlineEntry entry(UnitCode unitCode) {
        return find(unitCode).orElseThrow(() -> new UnknownObjectException("hotline", unitCode.value()));
    }

    public Optional<HotlineEntry> find(UnitCode unitCode) {
        return entityManager
                .createQuery("SELECT e FROM HotlineEntry e WHERE e.unitCode = :code", HotlineEntry.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .findFirst();
    }

    /** Where an entry sits in directory order. */
    record Place(UnitLevel level, UnitCode unitCode) {
        static Place parse(String text) {
            int slash = text.indexOf('/');
            return new Place(UnitLevel.valueOf(text.substring(0, slash)), new UnitCode(text.substring(slash + 1)));
        }
    }
}
