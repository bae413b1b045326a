package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;
import vn.customs.staffing.domain.rotation.Pin;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationRules;
import vn.customs.staffing.domain.rotation.Tenure;
import vn.customs.staffing.planning.PlanningOfficer;
import vn.customs.staffing.planning.PlanningPost;
import vn.customs.staffing.planning.RotationProblem;

/**
 * Turns a plan's scope into the solver's problem: the posts of its units, and every officer posted there on the
 * plan's first day, with his tenure, exemption, suspension, conflicts of interest and recent posts.
 */
@ApplicationScoped
class RotationProblemBuilder {

    private final EntityManager entityManager;
    private final RotationRules rules;

    RotationProblemBuilder(EntityManager entityManager, RotationRules rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    RotationProblem of(RotationPlan plan) {
        Map<UUID, Unit> allUnits = entityManager
                .createQuery("SELECT u FROM Unit u", Unit.class)
                .getResultStream()
                .collect(Collectors.toMap(Unit::id, unit -> unit));
        Map<UUID, Unit> units = allUnits.values().stream()
                .filter(unit -> plan.unitCodes().isEmpty() || plan.unitCodes().contains(unit.code()))
                .collect(Collectors.toMap(Unit::id, unit -> unit));
        Map<UUID, Post> posts = entityManager
                .createQuery("SELECT p FROM Post p", Post.class)
                .getResultStream()
                .filter(post -> units.containsKey(post.unitId()))
                .collect(Collectors.toMap(Post::id, post -> post));
        List<PlanningPost> planningPosts = posts.values().stream()
                .map(post -> new PlanningPost(
                        post.id(),
                        units.get(post.unitId()).code(),
                        post.function().name(),
                        post.sensitive(),
                        post.minStaff(),
                        post.establishment(),
                        post.minRank().ordinal(),
                        departmentOf(units.get(post.unitId()), allUnits)))
                .collect(Collectors.toList());
        List<PlanningOfficer> officers = entityManager
                .createQuery("SELECT o FROM Officer o ORDER BY o.id", Officer.class)
                .getResultStream()
                .map(officer -> planningOfficer(officer, posts, plan))
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
        Map<UUID, UUID> pins = new HashMap<>();
        for (Pin pin : plan.pins()) {
            pins.put(pin.officerId(), pin.postId());
        }
        return new RotationProblem(planningPosts, officers, pins);
    }

    /**
     * The code of the provincial department a unit belongs to: the unit itself or its nearest DEPARTMENT ancestor
     * (the topmost ancestor when none is a department). Rotation keeps officers inside their department.
     */
    private static String departmentOf(Unit unit, Map<UUID, Unit> allUnits) {
        Unit current = unit;
        for (int depth = 0; depth < allUnits.size() && current.kind() != UnitKind.DEPARTMENT; depth++) {
            Unit parent = current.parentId() == null ? null : allUnits.get(current.parentId());
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current.code();
    }

    private Optional<PlanningOfficer> planningOfficer(Officer officer, Map<UUID, Post> posts, RotationPlan plan) {
        LocalDate start = plan.periodFrom();
        Optional<Posting> current = officer.postingOn(start).filter(posting -> posts.containsKey(posting.postId()));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Posting posting = current.get();
        Post post = posts.get(posting.postId());
        boolean due = post.sensitive()
                && new Tenure(posting.validFrom(), post.rotationPeriodMonths()).completeBy(plan.periodTo());
        LocalDate recentSince = start.minusYears(rules.noReturnYears());
        List<Posting> recent = officer.postings().stream()
                .filter(past -> !past.id().equals(posting.id()))
                .filter(past -> past.validTo() != null && !past.validTo().isBefore(recentSince))
                .collect(Collectors.toList());
        Set<UUID> recentPosts = recent.stream().map(Posting::postId).collect(Collectors.toSet());
        Set<String> recentUnits = recent.stream()
                .map(Posting::unitCode)
                .filter(code -> !code.equals(posting.unitCode()))
                .collect(Collectors.toSet());
        return Optional.of(new PlanningOfficer(
                officer.id(),
                officer.fullName(),
                officer.rank().ordinal(),
                post.id(),
                (int) ChronoUnit.MONTHS.between(posting.validFrom(), plan.periodTo()),
                due,
                officer.rotationExemption(start).orElse(null),
                officer.suspended(),
                officer.conflictUnitCodes(),
                recentPosts,
                recentUnits,
                officer.homeUnitCode()));
    }
}
