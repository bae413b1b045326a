package vn.customs.staffing.domain.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.domain.UnitCode;

/** Units and posts as the use cases need them. */
public interface OrganisationRepository {

    Optional<Unit> unit(UUID id);

    Optional<Unit> unitByCode(UnitCode code);

    void add(Unit unit);

    Optional<Post> post(UUID id);

    /** The post, locked until the transaction ends, so that two moves into it cannot both pass its establishment. */
    Optional<Post> postForUpdate(UUID id);

    void add(Post post);

    /** Officers holding the post on {@code day} or after it. */
    long officersOnOrAfter(UUID postId, LocalDate day);

    /** Whether any officer is posted at the unit on {@code day} or after it. */
    boolean staffedOnOrAfter(String unitCode, LocalDate day);

    /** Whether a unit directly under this one is still open. */
    boolean hasOpenChildren(UUID unitId);

    List<Unit> units();

    /** Units whose UnitOpened has not gone out, parents before their children, locked against a second instance. */
    List<Unit> unitsNotAnnouncedForUpdate();

    List<Post> posts();

    /** Writes pending changes now, so that the new version (the ETag) is known before the response. */
    void flush();
}
