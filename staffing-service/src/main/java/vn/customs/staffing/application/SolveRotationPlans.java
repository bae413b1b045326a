package vn.customs.staffing.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.rotation.PlanEntry;
import vn.customs.staffing.domain.rotation.PlanStatus;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.planning.PlanningOfficer;
import vn.customs.staffing.planning.ProposedMove;
import vn.customs.staffing.planning.RotationProblem;
import vn.customs.staffing.planning.RotationProposal;
import vn.customs.staffing.planning.RotationSolver;
import vn.customs.staffing.planning.Stay;

/**
 * Solves plans off the request thread, one at a time (a solve uses a core for its whole time limit). The problem is
 * read in one transaction, solved outside any, and the proposal stored in another; a proposal for an old solve
 * round (the plan was pinned meanwhile) is dropped because a newer solve follows it.
 */
@ApplicationScoped
public class SolveRotationPlans {

    private static final Logger LOG = Logger.getLogger(SolveRotationPlans.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rotation-solver");
        thread.setDaemon(true);
        return thread;
    });
    private final TransactionSynchronizationRegistry transactions;
    private final RotationProblemBuilder problems;
    private final EntityManager entityManager;
    private final Today today;

    SolveRotationPlans(
            TransactionSynchronizationRegistry transactions,
            RotationProblemBuilder problems,
            EntityManager entityManager,
            Today today) {
        this.transactions = transactions;
        this.problems = problems;
        this.entityManager = entityManager;
        this.today = today;
    }

    /** Queues the solve of {@code round} once the current transaction commits (nothing if it rolls back). */
    void afterCommit(UUID planId, int round) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.submit(() -> solve(planId, round));
                }
            }
        });
    }

    /** Plans left in DRAFT by a stopped instance are solved again at start. */
    void onStart(@Observes StartupEvent start) {
        for (Object[] plan : unsolvedPlans()) {
            worker.submit(() -> solve((UUID) plan[0], (Integer) plan[1]));
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        worker.shutdownNow();
    }

    @Transactional
    List<Object[]> unsolvedPlans() {
        return entityManager
                .createQuery(
                        "SELECT p.id, p.solveRound FROM RotationPlan p WHERE p.status = :draft AND p.failure IS NULL",
                        Object[].class)
                .setParameter("draft", PlanStatus.DRAFT)
                .getResultList();
    }

    private void solve(UUID planId, int round) {
        try {
            Loaded loaded = load(planId);
            RotationProposal proposal =
                    new RotationSolver(Duration.ofSeconds(loaded.timeLimitSeconds())).solve(loaded.problem());
            store(planId, round, proposal, loaded.dueOfficers());
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Solving rotation plan %s failed", planId);
            fail(planId, round, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    record Loaded(RotationProblem problem, int timeLimitSeconds) {

        Set<UUID> dueOfficers() {
            return problem.officers().stream()
                    .filter(PlanningOfficer::due)
                    .map(PlanningOfficer::id)
                    .collect(Collectors.toSet());
        }
    }

    @Transactional
    Loaded load(UUID planId) {
        RotationPlan plan = entityManager.find(RotationPlan.class, planId);
        return new Loaded(problems.of(plan), plan.timeLimitSeconds());
    }

    @Transactional
    void store(UUID planId, int round, RotationProposal proposal, Set<UUID> due) {
        RotationPlan plan = entityManager.find(RotationPlan.class, planId);
        List<PlanEntry> entries = proposal.moves().stream()
                .map(move -> entry(move, due.contains(move.officerId())))
                .collect(Collectors.toList());
        proposal.stays().stream().map(this::entry).forEach(entries::add);
        boolean stored = plan.optimized(
                round, entries, proposal.score(), proposal.feasible(), proposal.solveMillis(), today.now());
        LOG.infof(
                "Rotation plan %s round %d solved in %d ms: %d moves, score %s%s",
                planId,
                round,
                proposal.solveMillis(),
                proposal.moves().size(),
                proposal.score(),
                stored ? "" : " (superseded, not stored)");
    }

    @Transactional
    void fail(UUID planId, int round, String reason) {
        entityManager.find(RotationPlan.class, planId).solveFailed(round, reason);
    }

    private PlanEntry entry(ProposedMove move, boolean due) {
        return new PlanEntry(
                new OfficerId(move.officerId()),
                name(move.officerId()),
                move.fromPostId(),
                move.toPostId(),
                due,
                move.pinned(),
                String.join("\n", move.reasons()));
    }

    private PlanEntry entry(Stay stay) {
        return new PlanEntry(
                new OfficerId(stay.officerId()),
                name(stay.officerId()),
                stay.postId(),
                stay.postId(),
                stay.due(),
                false,
                stay.reason());
    }

    private String name(UUID officerId) {
        return entityManager.find(Officer.class, officerId).fullName();
    }
}
