package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.customs.hotline.domain.staffing.Posting;
import vn.customs.hotline.domain.staffing.PostingHistory;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * "The officer at counter 2 on 3 March at 10:00": the officers who were on post at a unit on a day, as candidates
 * for the handler to confirm (never shown to the public side). Read-only.
 *
 * <p>Staffing's postings carry days, not hours: a posting covers whole days, so the hour a report names narrows
 * nothing, and every officer posted there that day is a candidate, until staffing publishes shifts.
 */
@ApplicationScoped
@Transactional
public class OnPostCandidates {

    private static final Comparator<Candidate> ORDER = Comparator.comparing(
                    (Candidate c) -> c.unitCode().value())
            .thenComparing(Candidate::postId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.officerId().value())
            .thenComparing(Candidate::from);

    private final UnitDirectory units;
    private final PostingHistory postings;

    OnPostCandidates(UnitDirectory units, PostingHistory postings) {
        this.units = units;
        this.postings = postings;
    }

    /**
     * Every officer with a posting covering {@code day} at {@code unit} or any unit below it (a gate's teams), sorted
     * by unit, post and officer; empty when nobody was posted there.
     */
    public List<Candidate> at(UnitCode unit, LocalDate day) {
        return postings.atUnits(units.withDescendants(unit), day, day).stream()
                .filter(posting -> posting.covers(day))
                .map(Candidate::of)
                .sorted(ORDER)
                .toList();
    }

    /** An officer on post: where, on which post and function, and the dates of that posting (to: null while open). */
    public record Candidate(
            OfficerId officerId, UnitCode unitCode, String postId, String postFunction, LocalDate from, LocalDate to) {

        public Candidate {
            Objects.requireNonNull(officerId, "officerId");
            Objects.requireNonNull(unitCode, "unitCode");
        }

        static Candidate of(Posting posting) {
            return new Candidate(
                    posting.officer(),
                    posting.unit(),
                    posting.postId(),
                    posting.postFunction(),
                    posting.from(),
                    posting.to());
        }
    }
}
