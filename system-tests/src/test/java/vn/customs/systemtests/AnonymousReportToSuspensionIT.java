package vn.customs.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Story 1: an anonymous report about an officer at Hữu Nghị ends in his suspension, told by the four services. */
@ExtendWith(SystemTests.class)
class AnonymousReportToSuspensionIT {

    @Test
    void anAnonymousReportEndsInTheOfficersSuspensionAndTheReporterReadsTheOutcome(SystemUnderTest suite) {
        Projections told = new ReportToSuspension(suite).tell(ReportToSuspension.Disturbance.NONE);

        assertThat(told, equalTo(Projections.EXPECTED));
    }
}
