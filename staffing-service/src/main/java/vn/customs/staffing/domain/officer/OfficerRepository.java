package vn.customs.staffing.domain.officer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Officers with their postings. */
public interface OfficerRepository {

    Optional<Officer> officer(UUID id);

    /** The officer, locked until the transaction ends: moves of one officer happen one after the other. */
    Optional<Officer> officerForUpdate(UUID id);

    boolean serviceNumberTaken(String serviceNumber);

    void add(Officer officer);

    List<Officer> all();

    /** Writes pending changes now, so that the new version (the ETag) is known before the response. */
    void flush();
}
