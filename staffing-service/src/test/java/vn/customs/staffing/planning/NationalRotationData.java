package vn.customs.staffing.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.customs.staffing.domain.rotation.Tenure;

/**
 * A national-shaped rotation problem, generated from a fixed seed: departments, each with its headquarters, its
 * gates and an anti-smuggling team; posts with establishments and minimum staff; officers with postings histories,
 * ranks, homes, declared relatives and the exemptions the model knows. The planner's view of each officer (due,
 * recent posts and units, tenure) is derived from his history the way {@code RotationProblemBuilder} derives it from
 * the database: due when the tenure on a sensitive post completes its period by the plan's last day; recent posts and
 * units are those left within the no-return years.
 *
 * @param departmentOf unit code to the code of its department (rotation stays inside a department)
 */
record NationalRotationData(
        RotationProblem problem, Map<String, String> departmentOf, LocalDate periodFrom, LocalDate periodTo) {

    static final int ROTATION_PERIOD_MONTHS = 36;
    static final int NO_RETURN_YEARS = 3;

    /** Function, sensitive, establishment at a gate of average size, lowest rank. */
    private record PostShape(String function, boolean sensitive, int establishment, int minRank) {}

    private static final List<PostShape> GATE_POSTS = List.of(
            new PostShape("CLEARANCE", true, 16, 1),
            new PostShape("PHYSICAL_INSPECTION", true, 12, 1),
            new PostShape("SUPERVISION", true, 10, 0),
            new PostShape("MANAGEMENT", false, 4, 3));
    private static final List<PostShape> HEADQUARTERS_POSTS = List.of(
            new PostShape("MANAGEMENT", false, 8, 3),
            new PostShape("PERSONNEL", true, 6, 2),
            new PostShape("ACCOUNTING", true, 6, 2),
            new PostShape("PROCUREMENT", true, 4, 2),
            new PostShape("INSPECTION", true, 10, 2),
            new PostShape("HOTLINE", false, 3, 0));
    private static final List<PostShape> TEAM_POSTS =
            List.of(new PostShape("INSPECTION", true, 12, 1), new PostShape("SUPERVISION", false, 6, 0));

    /** Share of officers by rank, lowest first (staff, associate, inspector, principal, senior). */
    private static final double[] RANK_SHARES = {0.10, 0.25, 0.45, 0.15, 0.05};

    /**
     * @param departments how many provincial departments
     * @param gates gates over all departments (spread unevenly: border provinces have more)
     * @param seed the same seed gives the same country
     */
    static NationalRotationData generate(int departments, int gates, long seed) {
        return new Generator(new Random(seed)).country(departments, gates);
    }

    private static final class Generator {

        private final Random random;
        private final LocalDate from = LocalDate.of(2027, 1, 1);
        private final LocalDate to = from.plusMonths(3).minusDays(1);
        private final List<PlanningPost> posts = new ArrayList<>();
        private final Map<String, String> departmentOf = new LinkedHashMap<>();
        private final Map<String, List<PlanningPost>> postsOfDepartment = new HashMap<>();
        private final List<PlanningOfficer> officers = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
        }

        NationalRotationData country(int departments, int gates) {
            int[] gatesOf = spread(gates, departments);
            for (int d = 0; d < departments; d++) {
                String department = String.format("D%02d", d + 1);
                unit(department, department, HEADQUARTERS_POSTS, 1.0);
                for (int g = 0; g < gatesOf[d]; g++) {
                    // Gate sizes vary from a small river crossing to a large international border gate.
                    unit(department + "_G" + (g + 1), department, GATE_POSTS, 0.5 + 1.5 * random.nextDouble());
                }
                unit(department + "_TEAM", department, TEAM_POSTS, 1.0);
            }
            for (Map.Entry<String, List<PlanningPost>> department : postsOfDepartment.entrySet()) {
                staff(department.getKey(), department.getValue());
            }
            return new NationalRotationData(new RotationProblem(posts, officers, Map.of()), departmentOf, from, to);
        }

        /** Spreads {@code total} over {@code parts} unevenly, at least one each. */
        private int[] spread(int total, int parts) {
            double[] weights = new double[parts];
            double sum = 0;
            for (int i = 0; i < parts; i++) {
                weights[i] = 0.3 + random.nextDouble() * random.nextDouble() * 3;
                sum += weights[i];
            }
            int[] counts = new int[parts];
            int given = 0;
            for (int i = 0; i < parts; i++) {
                counts[i] = Math.max(1, (int) Math.round((total - parts) * weights[i] / sum) + 1);
                given += counts[i];
            }
            counts[0] += total - given;
            return counts;
        }

        private void unit(String code, String department, List<PostShape> shapes, double size) {
            departmentOf.put(code, department);
            for (PostShape shape : shapes) {
                int establishment = Math.max(2, (int) Math.round(shape.establishment() * size));
                PlanningPost post = new PlanningPost(
                        new UUID(0, posts.size() + 1),
                        code,
                        shape.function(),
                        shape.sensitive(),
                        Math.max(1, (int) Math.floor(establishment * 0.6)),
                        establishment,
                        shape.minRank(),
                        department);
                posts.add(post);
                postsOfDepartment
                        .computeIfAbsent(department, key -> new ArrayList<>())
                        .add(post);
            }
        }

        /** Fills about 90% of each post's establishment with officers, each with his history. */
        private void staff(String department, List<PlanningPost> departmentPosts) {
            List<String> units = departmentPosts.stream()
                    .map(PlanningPost::unitCode)
                    .distinct()
                    .toList();
            for (PlanningPost post : departmentPosts) {
                int staff = Math.max(
                        post.minStaff(), (int) Math.round(post.establishment() * (0.82 + 0.12 * random.nextDouble())));
                for (int i = 0; i < staff; i++) {
                    officers.add(officer(post, departmentPosts, units));
                }
            }
        }

        private PlanningOfficer officer(PlanningPost current, List<PlanningPost> departmentPosts, List<String> units) {
            int number = officers.size() + 1;
            int rank = Math.max(current.minRank(), rank());
            // Tenure on the current post when the plan starts: a steady flow of rotations over the period, plus a
            // backlog of officers kept on longer.
            int tenureMonths = random.nextDouble() < 0.06
                    ? ROTATION_PERIOD_MONTHS + random.nextInt(30)
                    : random.nextInt(ROTATION_PERIOD_MONTHS + 4);
            LocalDate since = from.minusMonths(tenureMonths).minusDays(random.nextInt(28));
            // Earlier postings, newest first, each 24 to 48 months long, at other posts of the department.
            Set<UUID> recentPosts = new HashSet<>();
            Set<String> recentUnits = new HashSet<>();
            LocalDate end = since.minusDays(1);
            LocalDate recentSince = from.minusYears(NO_RETURN_YEARS);
            int earlier = random.nextInt(4);
            String firstUnit = current.unitCode();
            for (int i = 0; i < earlier; i++) {
                PlanningPost past = departmentPosts.get(random.nextInt(departmentPosts.size()));
                if (past.id().equals(current.id())) {
                    continue;
                }
                if (!end.isBefore(recentSince)) {
                    recentPosts.add(past.id());
                    if (!past.unitCode().equals(current.unitCode())) {
                        recentUnits.add(past.unitCode());
                    }
                }
                firstUnit = past.unitCode();
                end = end.minusMonths(24 + random.nextInt(25));
            }
            boolean due = current.sensitive() && new Tenure(since, ROTATION_PERIOD_MONTHS).completeBy(to);
            Set<String> conflicts = new HashSet<>();
            if (random.nextDouble() < 0.08) {
                // A declared relative working at another unit of the department.
                conflicts.add(units.get(random.nextInt(units.size())));
            }
            String home = random.nextDouble() < 0.7 ? firstUnit : units.get(random.nextInt(units.size()));
            return new PlanningOfficer(
                    new UUID(1, number),
                    "Officer " + number,
                    rank,
                    current.id(),
                    (int) ChronoUnit.MONTHS.between(since, to),
                    due,
                    exemption(),
                    false,
                    conflicts,
                    recentPosts,
                    recentUnits,
                    random.nextDouble() < 0.9 ? home : null);
        }

        private int rank() {
            double r = random.nextDouble();
            for (int rank = 0; rank < RANK_SHARES.length; rank++) {
                r -= RANK_SHARES[rank];
                if (r < 0) {
                    return rank;
                }
            }
            return RANK_SHARES.length - 1;
        }

        /** About one officer in twelve has a reason not to rotate now. */
        private String exemption() {
            double r = random.nextDouble();
            if (r < 0.035) {
                return "Pregnant or raising a child under 36 months";
            }
            if (r < 0.05) {
                return "Under treatment for a serious illness";
            }
            if (r < 0.058) {
                return "Away on long-term training";
            }
            if (r < 0.085) {
                return "Less than 18 months before retirement";
            }
            if (r < 0.09) {
                return "Under discipline review or investigation";
            }
            return null;
        }
    }
}
