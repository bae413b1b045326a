package vn.customs.staffing.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Solves rotation plans: turns a {@link RotationProblem} into a {@link RotationProposal} within a time limit. One
 * instance may be shared; each call builds its own solver.
 */
public class RotationSolver {

    /** The shortest time without a better plan after which solving stops, so that small problems end early. */
    private static final Duration MIN_UNIMPROVED_LIMIT = Duration.ofMillis(200);

    private final SolverFactory<RotationSolution> solverFactory;
    private final SolutionManager<RotationSolution, HardSoftScore> solutionManager;

    /**
     * @param spentLimit the most time one plan may take; solving stops sooner when a fifth of it (at least 0.2 s)
     *     passes without a better plan
     */
    public RotationSolver(Duration spentLimit) {
        Objects.requireNonNull(spentLimit, "spentLimit");
        if (spentLimit.isNegative() || spentLimit.isZero()) {
            throw new IllegalArgumentException("The solving time limit must be positive, not " + spentLimit);
        }
        this.solverFactory = SolverFactory.create(config(spentLimit));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    /** How every plan is solved; the national benchmark builds its solver from it too, to watch the search. */
    static SolverConfig config(Duration spentLimit) {
        Duration unimprovedLimit = spentLimit.dividedBy(5);
        if (unimprovedLimit.compareTo(MIN_UNIMPROVED_LIMIT) < 0) {
            unimprovedLimit = spentLimit.compareTo(MIN_UNIMPROVED_LIMIT) < 0 ? spentLimit : MIN_UNIMPROVED_LIMIT;
        }
        return new SolverConfig()
                .withSolutionClass(RotationSolution.class)
                .withEntityClasses(OfficerAssignment.class)
                .withConstraintProviderClass(RotationConstraints.class)
                // The construction heuristic only places officers without a current post and due officers; everyone
                // else starts on his post. Tabu search then reaches the fewest-moves plan of a realistic 25-officer
                // problem in tens of milliseconds, where the default late acceptance needed 0.4 to 1.6 s for it.
                .withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.TABU_SEARCH))
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(spentLimit).withUnimprovedSpentLimit(unimprovedLimit))
                // Timefold otherwise loads the domain classes through the thread's context class loader, which under
                // Quarkus (dev mode, tests) need not be the loader of these classes.
                .withClassLoader(RotationSolver.class.getClassLoader());
    }

    /**
     * Proposes a plan. Every officer's current post and every pinned post must be among the problem's posts.
     *
     * @throws IllegalArgumentException when the problem names a post or an officer it does not contain
     */
    public RotationProposal solve(RotationProblem problem) {
        Objects.requireNonNull(problem, "problem");
        RotationSolution initial = toSolution(problem);
        long started = System.nanoTime();
        RotationSolution best = initial.getAssignments().isEmpty()
                ? initial // nothing to move; Timefold is only needed for the score
                : solverFactory.buildSolver().solve(initial);
        long solveMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        ScoreAnalysis<HardSoftScore> analysis = solutionManager.analyze(best);
        HardSoftScore score = analysis.score();
        boolean allPlaced = best.getAssignments().stream().allMatch(a -> a.getPost() != null);
        return new RotationProposal(
                score.toString(),
                allPlaced && score.isFeasible(),
                solveMillis,
                RotationExplanations.moves(problem, best),
                RotationExplanations.stays(problem, best),
                brokenHardConstraints(analysis));
    }

    /**
     * The starting plan: everyone on his current post, or on the post he is pinned to, but due officers without an
     * exemption, who start without a post for the construction heuristic to place.
     */
    static RotationSolution toSolution(RotationProblem problem) {
        Map<UUID, PlanningPost> postsById = new HashMap<>();
        for (PlanningPost post : problem.posts()) {
            if (postsById.put(post.id(), post) != null) {
                throw new IllegalArgumentException("Post " + post.id() + " appears twice in the problem");
            }
        }
        Candidates candidates = new Candidates(problem.posts());
        Set<UUID> officerIds = new HashSet<>();
        List<OfficerAssignment> assignments = new ArrayList<>();
        for (PlanningOfficer officer : problem.officers()) {
            if (!officerIds.add(officer.id())) {
                throw new IllegalArgumentException("Officer " + officer.id() + " appears twice in the problem");
            }
            PlanningPost current = null;
            if (officer.currentPostId() != null) {
                current = postsById.get(officer.currentPostId());
                if (current == null) {
                    throw new IllegalArgumentException("The current post " + officer.currentPostId() + " of officer "
                            + officer.id() + " is not among the problem's posts");
                }
            }
            UUID pinnedPostId = problem.manualPins().get(officer.id());
            if (pinnedPostId != null) {
                PlanningPost pinnedPost = postsById.get(pinnedPostId);
                if (pinnedPost == null) {
                    throw new IllegalArgumentException("Officer " + officer.id() + " is pinned to post " + pinnedPostId
                            + ", which is not among the problem's posts");
                }
                // A pin set by personnel is the latest decision about the officer, so it wins over an exemption.
                assignments.add(new OfficerAssignment(officer, pinnedPost, true, candidates.of(current, pinnedPost)));
            } else {
                // An exempt officer keeps his post; an exempt officer without one has nothing to keep. A due officer
                // must leave his post, so he starts unplaced: the construction heuristic then gives each due officer
                // the best post of his department in one pass, where local search from the status quo found them one
                // move per step (2,000 due officers of a national plan: 40 s before the first lawful plan).
                boolean mustLeave = officer.due() && !officer.exempt();
                assignments.add(new OfficerAssignment(
                        officer,
                        mustLeave ? null : current,
                        officer.exempt() && current != null,
                        candidates.of(current, current)));
            }
        }
        for (UUID pinnedOfficerId : problem.manualPins().keySet()) {
            if (!officerIds.contains(pinnedOfficerId)) {
                throw new IllegalArgumentException(
                        "Officer " + pinnedOfficerId + " is pinned but is not among the problem's officers");
            }
        }
        return new RotationSolution(new ArrayList<>(problem.posts()), assignments);
    }

    /**
     * The posts an officer may be given: those of the department of his current post, or every post when that
     * department is not known; the post he starts on is always one of them. Lists are shared between officers.
     */
    private static final class Candidates {

        private final List<PlanningPost> all;
        private final Map<String, List<PlanningPost>> byDepartment = new HashMap<>();
        private final Map<String, List<PlanningPost>> withPinnedPost = new HashMap<>();

        Candidates(List<PlanningPost> posts) {
            this.all = List.copyOf(posts);
            for (PlanningPost post : posts) {
                if (post.departmentCode() != null) {
                    byDepartment
                            .computeIfAbsent(post.departmentCode(), key -> new ArrayList<>())
                            .add(post);
                }
            }
            // Posts without a department are open to everyone.
            List<PlanningPost> open =
                    posts.stream().filter(post -> post.departmentCode() == null).toList();
            byDepartment.replaceAll((department, own) -> {
                List<PlanningPost> list = new ArrayList<>(own);
                list.addAll(open);
                return List.copyOf(list);
            });
        }

        List<PlanningPost> of(PlanningPost current, PlanningPost start) {
            if (current == null || current.departmentCode() == null) {
                return all;
            }
            List<PlanningPost> department = byDepartment.get(current.departmentCode());
            if (start == null || department.contains(start)) {
                return department;
            }
            // Pinned by personnel to a post of another department: that post too must be a value he may hold.
            return withPinnedPost.computeIfAbsent(current.departmentCode() + "+" + start.id(), key -> {
                List<PlanningPost> list = new ArrayList<>(department);
                list.add(start);
                return List.copyOf(list);
            });
        }
    }

    private static List<String> brokenHardConstraints(ScoreAnalysis<HardSoftScore> analysis) {
        List<String> lines = new ArrayList<>();
        analysis.constraintAnalyses().stream()
                .filter(constraint -> constraint.score().hardScore() < 0)
                .sorted(Comparator.comparing(ConstraintAnalysis::constraintName))
                .forEach(constraint -> {
                    List<MatchAnalysis<HardSoftScore>> matches = constraint.matches();
                    if (matches == null || matches.isEmpty()) {
                        lines.add(constraint.constraintName() + ": " + constraint.score());
                        return;
                    }
                    matches.stream()
                            .filter(match -> match.score().hardScore() < 0)
                            .map(match -> constraint.constraintName() + ": " + describe(match.justification()))
                            .sorted()
                            .forEach(lines::add);
                });
        return lines;
    }

    private static String describe(ConstraintJustification justification) {
        return justification instanceof RotationJustification rotation
                ? rotation.description()
                : String.valueOf(justification);
    }
}
