package vn.customs.hotline.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.customs.platform.domain.OfficerId;

/**
 * Who handles a report: the receiver (intake and the acceptance decision), the verifier (the facts) and the decider
 * (the conclusion). Three different officers, none with a conflict of interest (checked when assigned).
 */
@Embeddable
public record Assignment(
        @Column(name = "receiver_id") OfficerId receiver,

        @Column(name = "verifier_id") OfficerId verifier,

        @Column(name = "decider_id") OfficerId decider) {

    public Assignment {
        if (receiver == null || verifier == null || decider == null) {
            throw new IllegalArgumentException("receiver, verifier and decider are all named");
        }
        if (new LinkedHashSet<>(java.util.List.of(receiver, verifier, decider)).size() != 3) {
            throw new IllegalArgumentException("receiver, verifier and decider are three different officers");
        }
    }

    public Set<OfficerId> officers() {
        return Set.of(receiver, verifier, decider);
    }

    public boolean includes(OfficerId officer) {
        return officers().contains(officer);
    }
}
