package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.customs.platform.domain.UnitCode;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.rotation.RotationRules;
import vn.customs.staffing.domain.rotation.Tenure;

/** Who is due or overdue for rotation on a day: officers on sensitive posts near or past their rotation date. */
@ApplicationScoped
public class FindRotationStandings {

    private final EntityManager entityManager;
    private final RotationRules rules;

    FindRotationStandings(EntityManager entityManager, RotationRules rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    /** Due and overdue officers on {@code day}, optionally at one unit or in one post function, soonest first. */
    public List<RotationStanding> on(LocalDate day, String unitCode, PostFunction function) {
        return on(day, unitCode, function, null);
    }

    /**
     * Due and overdue officers on {@code day} as the register knew the postings at {@code knownAt} (null: now),
     * optionally at one unit or in one post function, soonest first.
     */
    public List<RotationStanding> on(LocalDate day, String unitCode, PostFunction function, Instant knownAt) {
        Query query = OfficerQueries.asKnownAt(
                        new Query("SELECT p, po FROM Posting p, Post po")
                                .where("po.id = p.postId")
                                .where("po.sensitive = true")
                                .where("p.validFrom <= :day", "day", day),
                        knownAt)
                .whereGiven("p.unitCode = :unit", "unit", unitCode == null ? null : new UnitCode(unitCode))
                .whereGiven("po.function = :function", "function", function);
        List<RotationStanding> standings = new ArrayList<>();
        for (Object[] row :
                query.build(entityManager, "p.validFrom, p.id", Object[].class).getResultList()) {
            Posting posting = (Posting) row[0];
            Post post = (Post) row[1];
            Tenure tenure = new Tenure(posting.validFrom(), post.rotationPeriodMonths());
            Tenure.Standing standing = tenure.standingOn(day, rules.warningDays());
            if (standing != Tenure.Standing.NOT_DUE) {
                Officer officer = entityManager.find(Officer.class, posting.officerId());
                standings.add(new RotationStanding(
                        officer,
                        posting,
                        post,
                        tenure,
                        standing,
                        officer.rotationExemption(day).orElse(null)));
            }
        }
        standings.sort(Comparator.comparing(RotationStanding::rotationDate)
                .thenComparing(standing -> standing.officer().id()));
        return standings;
    }
}
