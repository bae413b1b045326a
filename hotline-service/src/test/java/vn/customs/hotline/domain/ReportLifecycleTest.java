package vn.customs.hotline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.platform.domain.IllegalTransitionException;

/** Every transition from every state: where it leads, or that it is refused and nothing changes. */
class ReportLifecycleTest {

    private static final Instant AT = Instant.parse("2026-09-01T03:00:00Z");
    private static final java.time.ZoneId ZONE = java.time.ZoneOffset.UTC;

    private static final Map<String, Consumer<Report>> TRANSITIONS = Map.of(
            "accept", r -> r.accept(Complexity.NORMAL, AT, rules(), Reports.CALENDAR),
            "refuse", r -> r.refuse(NonAcceptanceReason.ALREADY_SETTLED_NO_NEW_FACTS, null, AT),
            "transfer", r -> r.transfer("The provincial police", null, AT),
            "verify", Report::startVerification,
            "suspend", r -> r.suspend("Waiting for footage", AT, rules()),
            "resume", r -> r.resume(AT, Reports.CALENDAR),
            "conclude", r -> r.conclude(Outcome.UNSUBSTANTIATED, "Nothing found.", List.of(), AT),
            "track", r -> r.addAction("Brief the gate's officers", null),
            "close", r -> r.close(AT),
            "withdraw", r -> r.withdraw(null, AT, rules()));

    private static vn.customs.hotline.domain.clock.ClockRuleVersion rules() {
        return Reports.BOOK.inForceOn(LocalDate.ofInstant(AT, ZONE));
    }

    /** state, transition, the state it leads to (null: refused). Written out, so a change shows here. */
    static Stream<Arguments> table() {
        Object[][] rows = {
            {"RECEIVED", "accept", "ACCEPTED"},
            {"RECEIVED", "refuse", "NOT_ACCEPTED"},
            {"RECEIVED", "transfer", "TRANSFERRED"},
            {"RECEIVED", "verify", null},
            {"RECEIVED", "suspend", null},
            {"RECEIVED", "resume", null},
            {"RECEIVED", "conclude", null},
            {"RECEIVED", "track", null},
            {"RECEIVED", "close", null},
            {"RECEIVED", "withdraw", "WITHDRAWN"},
            {"ACCEPTED", "accept", null},
            {"ACCEPTED", "refuse", null},
            {"ACCEPTED", "transfer", null},
            {"ACCEPTED", "verify", "VERIFYING"},
            {"ACCEPTED", "suspend", null},
            {"ACCEPTED", "conclude", null},
            {"ACCEPTED", "close", null},
            {"ACCEPTED", "withdraw", "WITHDRAWN"},
            {"VERIFYING", "accept", null},
            {"VERIFYING", "verify", null},
            {"VERIFYING", "suspend", "SUSPENDED"},
            {"VERIFYING", "resume", null},
            {"VERIFYING", "conclude", "CONCLUDED"},
            {"VERIFYING", "track", null},
            {"VERIFYING", "close", null},
            {"VERIFYING", "withdraw", "WITHDRAWN"},
            {"SUSPENDED", "verify", null},
            {"SUSPENDED", "suspend", null},
            {"SUSPENDED", "resume", "VERIFYING"},
            {"SUSPENDED", "conclude", null},
            {"SUSPENDED", "withdraw", "WITHDRAWN"},
            {"CONCLUDED", "accept", null},
            {"CONCLUDED", "verify", null},
            {"CONCLUDED", "conclude", null},
            {"CONCLUDED", "track", "ACTIONS_TRACKING"},
            {"CONCLUDED", "close", "CLOSED"},
            {"CONCLUDED", "withdraw", null},
            {"ACTIONS_TRACKING", "track", "ACTIONS_TRACKING"},
            {"ACTIONS_TRACKING", "conclude", null},
            {"ACTIONS_TRACKING", "withdraw", null},
            {"NOT_ACCEPTED", "accept", null},
            {"NOT_ACCEPTED", "transfer", null},
            {"NOT_ACCEPTED", "withdraw", null},
            {"TRANSFERRED", "accept", null},
            {"TRANSFERRED", "refuse", null},
            {"CLOSED", "accept", null},
            {"CLOSED", "track", null},
            {"CLOSED", "close", null},
            {"CLOSED", "withdraw", null},
            {"WITHDRAWN", "accept", null},
            {"WITHDRAWN", "verify", null},
            {"WITHDRAWN", "withdraw", null},
        };
        return Stream.of(rows).map(row -> Arguments.of(row[0], row[1], row[2]));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("table")
    void transition(String from, String transition, String to) {
        Report report = Reports.in(ReportStatus.valueOf(from), ReportKind.COMPLAINT, AT);
        if (to == null) {
            assertTrue(assertThrows(
                            IllegalTransitionException.class,
                            () -> TRANSITIONS.get(transition).accept(report))
                    .getMessage()
                    .contains(from));
            assertEquals(ReportStatus.valueOf(from), report.status());
        } else {
            TRANSITIONS.get(transition).accept(report);
            assertEquals(ReportStatus.valueOf(to), report.status());
        }
    }

    @ParameterizedTest(name = "every state {0} is reachable and its table is consistent")
    @org.junit.jupiter.params.provider.EnumSource(ReportStatus.class)
    void everyStateHasRowsAndItsNextStatesAgree(ReportStatus status) {
        List<Arguments> rows =
                table().filter(a -> a.get()[0].equals(status.name())).toList();
        assertFalse(rows.isEmpty(), "rows for " + status);
        for (Arguments row : rows) {
            Object to = row.get()[2];
            if (to != null && !to.equals(status.name())) {
                assertTrue(status.next().contains(ReportStatus.valueOf((String) to)));
            }
        }
        assertEquals(status, Reports.in(status, ReportKind.COMPLAINT, AT).status());
    }
}
