package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 5: story 1 with inspections-service SIGKILLed twice on the way and started again on the same port and
 * database. First it dies right after the hotline accepted the report and stays dead until the hotline's request for
 * a targeted inspection is on the topic: it must pick the request up when it comes back. Then it dies right after
 * the finding was recorded, when the finding's event may still wait in the outbox, or be sent and not yet marked.
 * The story still completes, and what the four services show equals what an undisturbed telling shows
 * ({@link Projections#EXPECTED}, which story 1 asserts of its own telling; told again here it would add minutes to
 * every run): no event lost, none applied twice.
 */
@ExtendWith(SystemTests.class)
class KilledServiceIT {

    @Test
    void inspectionsKilledTwiceInTheMiddleOfStoryOneLosesNothingAndRepeatsNothing(SystemUnderTest suite) {
        Projections disturbed = new ReportToSuspension(suite).tell(new ReportToSuspension.Disturbance() {
            @Override
            public void afterReportAccepted() {
                suite.kill(Service.INSPECTIONS);
            }

            @Override
            public void afterReportConcluded(String reportId) {
                await().atMost(ReportToSuspension.WAIT)
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> !Topics.records(
                                        suite.kafkaBootstrapServers(),
                                        "customs.hotline.v1",
                                        reportId,
                                        "TargetedInspectionRequested.v1")
                                .isEmpty());
                suite.start(Service.INSPECTIONS);
            }

            @Override
            public void afterFindingRecorded() {
                suite.kill(Service.INSPECTIONS);
                suite.start(Service.INSPECTIONS);
            }
        });

        assertThat(disturbed, equalTo(Projections.EXPECTED));
    }
}
