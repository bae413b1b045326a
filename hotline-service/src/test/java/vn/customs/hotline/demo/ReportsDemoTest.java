package vn.customs.hotline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DayCount;
import vn.customs.hotline.domain.clock.KindTerms;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ReceiptCode;
import vn.customs.hotline.domain.protection.ReceiptCodes;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.protection.SealedIdentity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.time.Today;

/**
 * The demo's reports are ones the aggregate accepts, in the states a handler meets, about the gates, and leave the
 * previous calendar quarter empty, whatever the day they are loaded (a quarter's first minutes and last day included).
 */
class ReportsDemoTest {

    private static final KindTerms DENUNCIATION =
            new KindTerms(7, 10, DayCount.WORKING, 30, 30, 30, 30, DayCount.CALENDAR, 30, 1, 2);
    private static final KindTerms COMPLAINT =
            new KindTerms(10, 10, DayCount.CALENDAR, 30, 45, 45, 60, DayCount.CALENDAR, 0, 0, 0);
    private static final KindTerms PETITION =
            new KindTerms(7, 7, DayCount.WORKING, 15, 15, 15, 15, DayCount.WORKING, 0, 0, 0);
    private static final Map<ReportKind, KindTerms> TERMS = Map.of(
            ReportKind.DENUNCIATION, DENUNCIATION, ReportKind.COMPLAINT, COMPLAINT, ReportKind.PETITION, PETITION);
    private static final ClockRuleBook RULES = new ClockRuleBook(List.of(
            new ClockRuleVersion(LocalDate.of(2026, 7, 1), true, true, 80, TERMS),
            new ClockRuleVersion(LocalDate.of(2019, 1, 1), false, false, 80, TERMS)));
    private static final TermCalendar CALENDAR =
            new TermCalendar(WorkingCalendar.builder().build());

    /** Issues real codes; the hash stands in for Argon2id, which its own tests check. */
    private static final ReceiptCodes RECEIPTS = new ReceiptCodes() {
        private final SecureRandom random = new SecureRandom();

        @Override
        public ReceiptCode issue() {
            return new ReceiptCode(symbols(ReceiptCode.LOOKUP_LENGTH), symbols(ReceiptCode.SECRET_LENGTH));
        }

        private String symbols(int length) {
            StringBuilder symbols = new StringBuilder();
            for (int i = 0; i < length; i++) {
                symbols.append(ReceiptCode.ALPHABET.charAt(random.nextInt(ReceiptCode.ALPHABET.length())));
            }
            return symbols.toString();
        }

        @Override
        public String hash(ReceiptCode code) {
            return "$test$" + code.lookup();
        }

        @Override
        public boolean matches(ReceiptCode code, String storedHash) {
            return hash(code).equals(storedHash);
        }
    };

    /** Records what it was asked to seal. */
    private static final class SealingVault implements IdentityVault {
        final Set<UUID> sealed = new java.util.HashSet<>();

        @Override
        public SealedIdentity seal(UUID reportId, ReporterIdentity identity) {
            sealed.add(reportId);
            return new SealedIdentity(new byte[] {1}, new byte[] {2}, "test-kek");
        }

        @Override
        public ReporterIdentity open(UUID reportId, SealedIdentity sealed) {
            throw new UnsupportedOperationException();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-06T10:00",
                "2026-10-01T00:30",
                "2026-09-30T23:00",
                "2026-07-01T08:00",
                "2027-01-01T00:05",
                "2027-03-31T16:00"
            })
    void reportsInEveryStateAboutTheGatesAndNoneInThePreviousQuarter(String localNow) {
        LocalDateTime local = LocalDateTime.parse(localNow);
        Instant now = local.atZone(Today.DEPARTMENT_ZONE).toInstant();
        SealingVault vault = new SealingVault();

        List<Report> reports = ReportsDemo.build(local.toLocalDate(), now, RECEIPTS, vault, RULES, CALENDAR);

        assertEquals(
                EnumSet.of(
                        ReportStatus.RECEIVED,
                        ReportStatus.ACCEPTED,
                        ReportStatus.VERIFYING,
                        ReportStatus.SUSPENDED,
                        ReportStatus.CONCLUDED,
                        ReportStatus.NOT_ACCEPTED,
                        ReportStatus.TRANSFERRED),
                reports.stream()
                        .map(Report::status)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportStatus.class))));
        ReportsDemo.Quarter empty = ReportsDemo.emptyQuarter(local.toLocalDate());
        for (Report report : reports) {
            assertFalse(empty.contains(report.receivedAt()), () -> report.status() + " received in " + empty);
            assertFalse(report.receivedAt().isAfter(now), () -> report.status() + " received after now");
            assertTrue(
                    DirectoryDemo.GATES.contains(report.reportFacts().unitCode().value()));
            assertFalse(report.remoteArea());
            assertTrue(report.receiptHash().startsWith("$test$"));
            assertEquals(
                    report.reporterMode().givesIdentity(),
                    report.sealedIdentity().isPresent());
            assertEquals(report.reporterMode().givesIdentity(), vault.sealed.contains(report.id()));
            if (report.intakeChannel().recordedByOperator()) {
                assertEquals(ReportsDemo.OPERATOR, report.recordedBy());
            } else {
                assertNull(report.recordedBy());
            }
        }
        assertTrue(reports.stream().anyMatch(r -> r.intakeChannel() == IntakeChannel.HOTLINE_CALL));
        assertTrue(reports.stream()
                .anyMatch(r -> r.intakeChannel() == IntakeChannel.WEB
                        && r.status() == ReportStatus.RECEIVED
                        && !r.reporterMode().givesIdentity()));
        assertTrue(reports.stream().anyMatch(r -> r.outcome() == Outcome.SUBSTANTIATED));
        assertTrue(reports.stream().anyMatch(r -> r.sealedIdentity().isPresent()));
        assertEquals(reports.size(), reports.stream().map(Report::id).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06:2026-07-01", "2026-01-15:2025-10-01", "2026-04-01:2026-01-01"})
    void theEmptyQuarterIsTheCalendarQuarterBeforeToday(String days) {
        String[] pair = days.split(":");
        ReportsDemo.Quarter quarter = ReportsDemo.emptyQuarter(LocalDate.parse(pair[0]));

        assertEquals(LocalDate.parse(pair[1]), quarter.first());
        assertEquals(LocalDate.parse(pair[1]).plusMonths(3).minusDays(1), quarter.last());
    }
}
