package vn.customs.hotline.domain.report;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** Something the conclusion requires (a discipline case, a training, a changed procedure), and when it was done. */
@Embeddable
public record FollowUpAction(String description, LocalDate dueOn, Instant doneAt, String doneNote) {

    public boolean done() {
        return doneAt != null;
    }

    FollowUpAction completed(Instant at, String note) {
        return new FollowUpAction(description, dueOn, at, note);
    }
}
