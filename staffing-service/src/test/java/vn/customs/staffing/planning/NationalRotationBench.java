package vn.customs.staffing.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * National rotation planning, measured in-process by {@code bench/national-rotation} (not a test of the normal
 * build: its name matches no surefire pattern; the script names it with {@code -Dtest}). The same generated country
 * is planned by the greedy baseline and by the service's solver configuration; both plans are scored by the same
 * constraint provider through Timefold's {@link SolutionManager}.
 *
 * <p>Settings come from the environment: {@code BENCH_SHORT=1} (4 departments, ~1,000 officers), {@code
 * NATIONAL_ROTATION_OUT} (directory for the summary and the best-score curve), {@code
 * NATIONAL_ROTATION_LIMIT_SECONDS} (the solver's time limit).
 */
class NationalRotationBench {

    @Test
    void planTheCountry() throws IOException {
        boolean shortRun = "1".equals(System.getenv("BENCH_SHORT"));
        Path out = Path.of(env("NATIONAL_ROTATION_OUT", "target/national-rotation"));
        Files.createDirectories(out);
        int limitSeconds = Integer.parseInt(env("NATIONAL_ROTATION_LIMIT_SECONDS", shortRun ? "30" : "600"));
        NationalRotationData data =
                shortRun ? NationalRotationData.generate(4, 18, 16) : NationalRotationData.generate(35, 180, 16);

        List<String> summary = new ArrayList<>();
        summary.add(describe(data));
        SolverFactory<RotationSolution> factory =
                SolverFactory.create(RotationSolver.config(Duration.ofSeconds(limitSeconds)));
        SolutionManager<RotationSolution, HardSoftScore> scores = SolutionManager.create(factory);

        RotationSolution statusQuo = statusQuo(data.problem());
        scores.update(statusQuo);
        summary.add(line("status quo", statusQuo, 0, -1));
        HardSoftScore statusQuoScore = statusQuo.getScore();

        RotationSolution greedy = statusQuo(data.problem());
        long greedyStarted = System.nanoTime();
        GreedyRotation.plan(greedy);
        long greedyMillis = millisSince(greedyStarted);
        scores.update(greedy);
        summary.add(line("greedy", greedy, greedyMillis, greedy.getScore().isFeasible() ? greedyMillis : -1));
        summary.add("greedy     " + byConstraint(scores, greedy));

        List<long[]> curve = new ArrayList<>();
        Solver<RotationSolution> solver = factory.buildSolver();
        solver.addEventListener(event -> {
            HardSoftScore score = (HardSoftScore) event.getNewBestScore();
            if (event.isEveryProblemChangeProcessed()) {
                curve.add(new long[] {event.getTimeMillisSpent(), score.hardScore(), score.softScore()});
            }
        });
        long solverStarted = System.nanoTime();
        RotationSolution best = solver.solve(RotationSolver.toSolution(data.problem()));
        long solverMillis = millisSince(solverStarted);
        scores.update(best);
        long firstFeasible = curve.stream()
                .filter(point -> point[1] == 0)
                .mapToLong(point -> point[0])
                .findFirst()
                .orElse(-1);
        long lastImprovement = curve.isEmpty() ? 0 : curve.get(curve.size() - 1)[0];
        summary.add(line("solver", best, solverMillis, firstFeasible));
        summary.add("solver     " + byConstraint(scores, best));
        summary.add(String.format(
                Locale.ROOT,
                "solver: time limit %d s, last improvement at %d ms, %d best-score events",
                limitSeconds,
                lastImprovement,
                curve.size()));

        Files.write(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        writeCurve(out.resolve("solver.dat"), statusQuoScore, curve, solverMillis, best.getScore());
        Files.writeString(
                out.resolve("greedy.dat"),
                "# hard soft millis\n" + greedy.getScore().hardScore() + " "
                        + greedy.getScore().softScore() + " " + greedyMillis + "\n",
                StandardCharsets.UTF_8);
        summary.forEach(System.out::println);

        // A broken result, never a slow one: the solver must reach the lawful plan the country allows.
        assertTrue(best.getScore().isFeasible(), () -> "the solver left hard constraints broken: " + best.getScore());
    }

    /** Everyone on his current post (the solver's starting plan leaves due officers for its construction phase). */
    private static RotationSolution statusQuo(RotationProblem problem) {
        RotationSolution solution = RotationSolver.toSolution(problem);
        Map<UUID, PlanningPost> posts =
                problem.posts().stream().collect(Collectors.toMap(PlanningPost::id, post -> post));
        for (OfficerAssignment assignment : solution.getAssignments()) {
            if (assignment.getPost() == null) {
                assignment.setPost(posts.get(assignment.getOfficer().currentPostId()));
            }
        }
        return solution;
    }

    private static String describe(NationalRotationData data) {
        RotationProblem problem = data.problem();
        long sensitive =
                problem.posts().stream().filter(PlanningPost::sensitive).count();
        long units =
                problem.posts().stream().map(PlanningPost::unitCode).distinct().count();
        long departments = data.departmentOf().values().stream().distinct().count();
        long due = problem.officers().stream().filter(PlanningOfficer::due).count();
        long dueExempt =
                problem.officers().stream().filter(o -> o.due() && o.exempt()).count();
        long exempt =
                problem.officers().stream().filter(PlanningOfficer::exempt).count();
        long conflicts = problem.officers().stream()
                .filter(o -> !o.conflictUnitCodes().isEmpty())
                .count();
        return String.format(
                Locale.ROOT,
                "data: %d departments, %d units, %d posts (%d sensitive), %d officers, %d due (%d of them exempt),"
                        + " %d exempt in all, %d with a declared relative; plan %s..%s",
                departments,
                units,
                problem.posts().size(),
                sensitive,
                problem.officers().size(),
                due,
                dueExempt,
                exempt,
                conflicts,
                data.periodFrom(),
                data.periodTo());
    }

    /** The score of each constraint that is not zero, e.g. "Move -179000soft, Away from home -1230soft". */
    private static String byConstraint(SolutionManager<RotationSolution, HardSoftScore> scores, RotationSolution plan) {
        return scores.analyze(plan).constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis::constraintName))
                .map(constraint -> constraint.constraintName() + " " + constraint.score())
                .collect(Collectors.joining(", "));
    }

    private static String line(String who, RotationSolution plan, long millis, long feasibleMillis) {
        long moves = plan.getAssignments().stream()
                .filter(OfficerAssignment::isMoved)
                .count();
        long dueMoved = plan.getAssignments().stream()
                .filter(a -> a.getOfficer().due() && a.isMoved())
                .count();
        long dueKept = plan.getAssignments().stream()
                .filter(a -> a.getOfficer().due() && !a.isMoved())
                .count();
        long dueKeptExempt = plan.getAssignments().stream()
                .filter(a ->
                        a.getOfficer().due() && !a.isMoved() && a.getOfficer().exempt())
                .count();
        return String.format(
                Locale.ROOT,
                "%-10s score %-22s hard %d soft %d moves %d due_moved %d due_kept %d (exempt %d)"
                        + " millis %d first_feasible_millis %d",
                who,
                plan.getScore(),
                plan.getScore().hardScore(),
                plan.getScore().softScore(),
                moves,
                dueMoved,
                dueKept,
                dueKeptExempt,
                millis,
                feasibleMillis);
    }

    private static void writeCurve(
            Path file, HardSoftScore start, List<long[]> curve, long endMillis, HardSoftScore last) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.println("# millis hard soft: the status quo at 0, then each new best score of the solver");
            writer.println("0 " + start.hardScore() + " " + start.softScore());
            curve.forEach(point -> writer.println(point[0] + " " + point[1] + " " + point[2]));
            writer.println(endMillis + " " + last.hardScore() + " " + last.softScore());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
