package vn.customs.hotline.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.customs.hotline.application.ReportContent;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ReceiptCode;
import vn.customs.hotline.domain.protection.ReceiptCodes;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;

/**
 * Demo data for the local run: seven reports about the gates of staffing's demo (HUU_NGHI, COC_NAM, CHI_MA), one in
 * each of the states a handler meets (received, accepted, verifying, suspended, concluded, not accepted,
 * transferred), filed on the web form or recorded by an operator from a call or an e-mail, anonymous or with a
 * FICTIONAL identity sealed by the {@link IdentityVault}. Built through the aggregate and persisted with the
 * repository, into a database with no report, only when {@code customs.demo-data.enabled} is true. They are history,
 * so no events are sent for them, and their receipts are thrown away: nobody follows a demo report (file one to try
 * the follow-up, see README.md).
 *
 * <p>The article's "a quarter with none from businesses": the PREVIOUS CALENDAR QUARTER (seen from the day the demo is
 * loaded; e.g. July to September when loaded in December) holds no report at all. The open reports fall in the
 * current quarter, the finished ones in the quarter before the previous one.
 *
 * <p>The gates' units reach the hotline through staffing's events, after the start: the reports are made with
 * {@code remoteArea=false} rather than looked up in the unit directory.
 */
@ApplicationScoped
public class ReportsDemo {

    private static final Logger LOG = Logger.getLogger(ReportsDemo.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The operator who recorded the demo's call and e-mail. */
    public static final String OPERATOR = "demo-operator";

    private final ReportRepository reports;
    private final ReceiptCodes receipts;
    private final IdentityVault vault;
    private final ClockRuleBook rules;
    private final TermCalendar calendar;
    private final Today today;
    private final EntityManager entityManager;
    private final boolean enabled;

    ReportsDemo(
            ReportRepository reports,
            ReceiptCodes receipts,
            IdentityVault vault,
            ClockRuleBook rules,
            TermCalendar calendar,
            Today today,
            EntityManager entityManager,
            @ConfigProperty(name = "customs.demo-data.enabled") boolean enabled) {
        this.reports = reports;
        this.receipts = receipts;
        this.vault = vault;
        this.rules = rules;
        this.calendar = calendar;
        this.today = today;
        this.entityManager = entityManager;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled && empty()) {
            int loaded = load().size();
            LOG.infof("Demo data loaded: %d reports, none in the quarter %s", loaded, emptyQuarter(today.date()));
        }
    }

    @Transactional
    boolean empty() {
        return entityManager
                .createQuery("SELECT r.id FROM Report r", UUID.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Persists the demo reports and gives their ids; publishes nothing. */
    @Transactional
    List<UUID> load() {
        List<Report> built = build(today.date(), today.now(), receipts, vault, rules, calendar);
        built.forEach(reports::add);
        return built.stream().map(Report::id).toList();
    }

    /** The quarter the demo leaves without any report: the calendar quarter before today's, first and last day. */
    public static Quarter emptyQuarter(LocalDate today) {
        LocalDate first = quarterStart(today).minusMonths(3);
        return new Quarter(first, first.plusMonths(3).minusDays(1));
    }

    /** A calendar quarter, both days included. */
    public record Quarter(LocalDate first, LocalDate last) {

        public boolean contains(Instant moment) {
            LocalDate day = LocalDate.ofInstant(moment, Today.DEPARTMENT_ZONE);
            return !day.isBefore(first) && !day.isAfter(last);
        }

        @Override
        public String toString() {
            return first + ".." + last;
        }
    }

    /** The demo's reports as of {@code today} and {@code now}, not persisted. */
    public static List<Report> build(
            LocalDate today,
            Instant now,
            ReceiptCodes receipts,
            IdentityVault vault,
            ClockRuleBook rules,
            TermCalendar calendar) {
        return new Stories(today, now, receipts, vault, rules, calendar).all();
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The reports and what happened to them, on days of the current quarter and of the one before the previous. */
    private static final class Stories {

        private static final ReporterIdentity FICTIONAL_TRADER = new ReporterIdentity(
                "Nguyễn Văn Mẫu (nhân vật hư cấu)",
                "0900 000 001",
                "nguyen.van.mau@doanhnghiep.example",
                null,
                "Số 1 đường Thử Nghiệm, thị trấn Đồng Đăng (địa chỉ hư cấu)");
        private static final ReporterIdentity FICTIONAL_DRIVER =
                new ReporterIdentity("Trần Thị Thử (nhân vật hư cấu)", "0900 000 002", null, null, null);

        private final LocalDate today;
        private final Instant now;
        private final ReceiptCodes receipts;
        private final IdentityVault vault;
        private final ClockRuleBook rules;
        private final TermCalendar calendar;

        Stories(
                LocalDate today,
                Instant now,
                ReceiptCodes receipts,
                IdentityVault vault,
                ClockRuleBook rules,
                TermCalendar calendar) {
            this.today = today;
            this.now = now;
            this.receipts = receipts;
            this.vault = vault;
            this.rules = rules;
            this.calendar = calendar;
        }

        List<Report> all() {
            List<Report> all = new ArrayList<>();
            all.add(receivedOnTheWeb());
            all.add(recordedFromACall());
            all.add(beingVerified());
            all.add(suspended());
            all.add(concludedSubstantiated());
            all.add(notAccepted());
            all.add(transferred());
            return all;
        }

        /** Anonymous, on the web form two days ago: waits for the acceptance decision. */
        private Report receivedOnTheWeb() {
            return receive(
                    IntakeChannel.WEB,
                    ReporterMode.ANONYMOUS,
                    null,
                    facts(
                            ReportKind.DENUNCIATION,
                            ReportCategory.BRIBE_REQUEST,
                            "HUU_NGHI",
                            "Công chức ở quầy số 2, ca sáng",
                            "Công chức yêu cầu nộp thêm 500.000 đồng \"phí bồi dưỡng\" mới cho xe container qua"
                                    + " bãi kiểm hoá."),
                    recent(2, 9));
        }

        /** A driver called the hotline yesterday; the operator recorded it and it was accepted. */
        private Report recordedFromACall() {
            Instant received = recent(1, 15);
            Report report = receive(
                    IntakeChannel.HOTLINE_CALL,
                    ReporterMode.ANONYMOUS,
                    null,
                    facts(
                            ReportKind.PETITION,
                            ReportCategory.DELAY,
                            "CHI_MA",
                            null,
                            "Người gọi phản ánh xe chờ kiểm hoá hơn sáu giờ mà không được giải thích lý do."),
                    received);
            report.accept(Complexity.NORMAL, later(received, 3), rulesOn(received), calendar);
            return report;
        }

        /** Confidential, accepted and being verified. */
        private Report beingVerified() {
            Instant received = recent(12, 10);
            Report report = receive(
                    IntakeChannel.WEB,
                    ReporterMode.CONFIDENTIAL,
                    FICTIONAL_TRADER,
                    facts(
                            ReportKind.DENUNCIATION,
                            ReportCategory.HARASSMENT,
                            "COC_NAM",
                            "Đội trưởng đội kiểm soát, ca chiều",
                            "Hồ sơ bị trả lại nhiều lần với lý do khác nhau, kèm lời gợi ý \"làm việc riêng\"."),
                    received);
            report.accept(Complexity.NORMAL, later(received, 48), rulesOn(received), calendar);
            report.startVerification();
            return report;
        }

        /** A complaint whose verification waits for an expert's opinion on the goods. */
        private Report suspended() {
            Instant received = recent(20, 8);
            Report report = receive(
                    IntakeChannel.WEB,
                    ReporterMode.CONFIDENTIAL,
                    FICTIONAL_DRIVER,
                    facts(
                            ReportKind.COMPLAINT,
                            ReportCategory.PROCEDURE_BREACH,
                            "HUU_NGHI",
                            null,
                            "Lô hàng bị giữ lại để kiểm tra thực tế mà không có quyết định bằng văn bản."),
                    received);
            Instant accepted = later(received, 72);
            report.accept(Complexity.NORMAL, accepted, rulesOn(accepted), calendar);
            report.startVerification();
            Instant suspended = later(accepted, 96);
            report.suspend("Chờ kết quả giám định hàng hoá của cơ quan chuyên môn.", suspended, rulesOn(suspended));
            return report;
        }

        /** Verified and found true, in the quarter before the previous one. */
        private Report concludedSubstantiated() {
            Instant received = older(10, 9);
            Report report = receive(
                    IntakeChannel.WEB,
                    ReporterMode.ANONYMOUS,
                    null,
                    facts(
                            ReportKind.DENUNCIATION,
                            ReportCategory.BRIBE_REQUEST,
                            "HUU_NGHI",
                            "Công chức kiểm hoá, ca đêm",
                            "Công chức đòi tiền để bỏ qua việc kiểm tra thực tế hàng hoá."),
                    received);
            Instant accepted = later(received, 48);
            report.accept(Complexity.NORMAL, accepted, rulesOn(accepted), calendar);
            report.startVerification();
            Instant concluded = later(accepted, 24 * 21);
            report.conclude(
                    Outcome.SUBSTANTIATED,
                    "Qua xác minh camera và lời khai, nội dung tố cáo là đúng; đã chuyển xử lý kỷ luật.",
                    List.of(),
                    concluded);
            return report;
        }

        /** Says too little to verify anything. */
        private Report notAccepted() {
            Instant received = older(25, 14);
            Report report = receive(
                    IntakeChannel.WEB,
                    ReporterMode.ANONYMOUS,
                    null,
                    facts(ReportKind.DENUNCIATION, ReportCategory.OTHER, "CHI_MA", null, "Ở cửa khẩu có tiêu cực."),
                    received);
            report.refuse(
                    NonAcceptanceReason.NO_CONCRETE_INFORMATION,
                    "Không nêu thời gian, người hay hành vi cụ thể.",
                    later(received, 48));
            return report;
        }

        /** Recorded from an e-mail, and sent on: smuggling is for the police. */
        private Report transferred() {
            Instant received = older(40, 11);
            Report report = receive(
                    IntakeChannel.EMAIL,
                    ReporterMode.ANONYMOUS,
                    null,
                    facts(
                            ReportKind.DENUNCIATION,
                            ReportCategory.OTHER,
                            "COC_NAM",
                            null,
                            "Hàng lậu được chuyển qua đường mòn gần cửa khẩu vào ban đêm."),
                    received);
            report.transfer(
                    "Công an tỉnh Lạng Sơn",
                    "Nội dung về buôn lậu ngoài cửa khẩu, không về công chức hải quan.",
                    later(received, 24));
            return report;
        }

        private Report receive(
                IntakeChannel channel,
                ReporterMode mode,
                ReporterIdentity identity,
                ReportFacts facts,
                Instant received) {
            // stamped with the time of receipt, so that the reports' ids sort as they arrived
            UUID id = TimeOrderedIds.stampedBy(Clock.fixed(received, ZoneOffset.UTC))
                    .nextId();
            ReceiptCode receipt = receipts.issue();
            return Report.receive(
                    new Report.Intake(
                            id,
                            receipt.lookup(),
                            receipts.hash(receipt),
                            channel,
                            channel.recordedByOperator() ? OPERATOR : null,
                            mode,
                            pseudonym(),
                            ReportContent.hash(facts),
                            false,
                            identity == null ? null : vault.seal(id, identity)),
                    facts,
                    received,
                    rulesOn(received),
                    calendar);
        }

        private ReportFacts facts(ReportKind kind, ReportCategory category, String gate, String accused, String text) {
            return new ReportFacts(kind, category, new UnitCode(gate), null, null, accused, null, text);
        }

        /** {@code daysAgo} at {@code hour}, but not before the current quarter began nor after now. */
        private Instant recent(int daysAgo, int hour) {
            Instant candidate = at(today.minusDays(daysAgo), hour);
            Instant quarterBegan =
                    quarterStart(today).atStartOfDay(Today.DEPARTMENT_ZONE).toInstant();
            return min(candidate.isBefore(quarterBegan) ? quarterBegan : candidate, now);
        }

        /** Day {@code day} (from 0) of the quarter before the previous one, at {@code hour}. */
        private Instant older(int day, int hour) {
            return at(quarterStart(today).minusMonths(6).plusDays(day), hour);
        }

        private Instant later(Instant moment, int hours) {
            return min(moment.plus(Duration.ofHours(hours)), now);
        }

        private ClockRuleVersion rulesOn(Instant moment) {
            return rules.inForceOn(LocalDate.ofInstant(moment, Today.DEPARTMENT_ZONE));
        }

        private static Instant at(LocalDate day, int hour) {
            return day.atTime(LocalTime.of(hour, 0))
                    .atZone(Today.DEPARTMENT_ZONE)
                    .toInstant();
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        /** What handlers call the reporter: random, as for a report filed through the API. */
        private static String pseudonym() {
            StringBuilder name = new StringBuilder("Reporter ");
            for (int i = 0; i < 6; i++) {
                name.append(ReceiptCode.ALPHABET.charAt(RANDOM.nextInt(ReceiptCode.ALPHABET.length())));
            }
            return name.toString();
        }
    }
}
