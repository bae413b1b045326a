package vn.customs.hotline.domain.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence attached to reports, content included. */
public interface EvidenceRepository {

    void add(Evidence evidence);

    /** How many pieces a report has. */
    long count(UUID reportId);

    /** A report's evidence without content, in the order added. */
    List<EvidenceView> list(UUID reportId);

    /** One piece with its content, when it belongs to that report. */
    Optional<Evidence> find(UUID reportId, UUID evidenceId);
}
