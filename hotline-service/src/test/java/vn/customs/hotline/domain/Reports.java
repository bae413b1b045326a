package vn.customs.hotline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DayCount;
import vn.customs.hotline.domain.clock.KindTerms;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.time.WorkingCalendar;

/** Reports in any state, under the two versions of the clock rules, for the domain's tests. */
final class Reports {

    static final KindTerms DENUNCIATION =
            new KindTerms(7, 10, DayCount.WORKING, 30, 30, 30, 30, DayCount.CALENDAR, 30, 1, 2);
    static final KindTerms COMPLAINT =
            new KindTerms(10, 10, DayCount.CALENDAR, 30, 45, 45, 60, DayCount.CALENDAR, 0, 0, 0);
    static final KindTerms PETITION = new KindTerms(7, 7, DayCount.WORKING, 15, 15, 15, 15, DayCount.WORKING, 0, 0, 0);

    static final ClockRuleVersion LAW_2011_2018 = new ClockRuleVersion(
            LocalDate.of(2019, 1, 1),
            false,
            false,
            80,
            Map.of(
                    ReportKind.DENUNCIATION,
                    DENUNCIATION,
                    ReportKind.COMPLAINT,
                    COMPLAINT,
                    ReportKind.PETITION,
                    PETITION));
    static final ClockRuleVersion LAW_2026 = new ClockRuleVersion(
            LocalDate.of(2026, 7, 1),
            true,
            true,
            80,
            Map.of(
                    ReportKind.DENUNCIATION,
                    DENUNCIATION,
                    ReportKind.COMPLAINT,
                    COMPLAINT,
                    ReportKind.PETITION,
                    PETITION));
    static final ClockRuleBook BOOK = new ClockRuleBook(java.util.List.of(LAW_2026, LAW_2011_2018));

    /** The shared calendar's defaults: Monday to Friday, Vietnam's zone, no holidays. */
    static final TermCalendar CALENDAR =
            new TermCalendar(WorkingCalendar.builder().build());

    private Reports() {}

    static Report received(ReportKind kind, Instant at) {
        return received(kind, at, false);
    }

    static Report received(ReportKind kind, Instant at, boolean remoteArea) {
        ReportFacts facts = new ReportFacts(
                kind,
                ReportCategory.BRIBE_REQUEST,
                new UnitCode("HUU_NGHI"),
                at.minusSeconds(86_400),
                null,
                "the officer at counter 2",
                null,
                "Asked for money to release the truck.");
        Report.Intake intake = new Report.Intake(
                UUID.randomUUID(),
                "ABCD1234",
                "$argon2id$test",
                IntakeChannel.WEB,
                null,
                ReporterMode.ANONYMOUS,
                "Reporter 1",
                "0".repeat(64),
                remoteArea,
                null);
        return Report.receive(
                intake, facts, at, BOOK.inForceOn(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC)), CALENDAR);
    }

    /** A report brought to {@code status} by the shortest legal path. */
    static Report in(ReportStatus status, ReportKind kind, Instant at) {
        Report report = received(kind, at);
        ClockRuleVersion rules = BOOK.inForceOn(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
        switch (status) {
            case RECEIVED -> {}
            case NOT_ACCEPTED -> report.refuse(NonAcceptanceReason.NO_CONCRETE_INFORMATION, null, at);
            case TRANSFERRED -> report.transfer("The provincial police", null, at);
            case WITHDRAWN -> report.withdraw(null, at, rules);
            case ACCEPTED, VERIFYING, SUSPENDED, CONCLUDED, ACTIONS_TRACKING, CLOSED -> {
                report.accept(Complexity.NORMAL, at, rules, CALENDAR);
                if (status != ReportStatus.ACCEPTED) {
                    report.startVerification();
                }
                if (status == ReportStatus.SUSPENDED) {
                    report.suspend("Waiting for the camera footage", at, rules);
                }
                if (status == ReportStatus.CONCLUDED
                        || status == ReportStatus.ACTIONS_TRACKING
                        || status == ReportStatus.CLOSED) {
                    report.conclude(Outcome.SUBSTANTIATED, "The officer asked for money.", java.util.List.of(), at);
                }
                if (status == ReportStatus.ACTIONS_TRACKING) {
                    report.addAction("Open a discipline case", null);
                }
                if (status == ReportStatus.CLOSED) {
                    report.close(at);
                }
            }
        }
        return report;
    }
}
