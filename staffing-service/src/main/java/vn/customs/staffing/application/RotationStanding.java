package vn.customs.staffing.application;

import java.time.LocalDate;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.rotation.Tenure;

/** An officer on a sensitive post who is due or overdue for rotation, with the exemption that applies, if any. */
public record RotationStanding(
        Officer officer, Posting posting, Post post, Tenure tenure, Tenure.Standing standing, String exemption) {

    public LocalDate rotationDate() {
        return tenure.rotationDate();
    }
}
