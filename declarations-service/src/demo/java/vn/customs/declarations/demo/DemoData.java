package vn.customs.declarations.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.customs.declarations.application.ProcessDeclaration;
import vn.customs.declarations.application.Step;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.declaration.Counterparty;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.declaration.Flow;
import vn.customs.declarations.domain.declaration.HsCode;
import vn.customs.declarations.domain.declaration.Invoice;
import vn.customs.declarations.domain.declaration.Item;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.declarations.domain.declaration.Party;
import vn.customs.declarations.domain.declaration.SubmissionChannel;
import vn.customs.declarations.domain.declaration.Transport;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.declarations.domain.risk.RiskFacts;
import vn.customs.declarations.domain.risk.RiskRuleBook;
import vn.customs.declarations.infrastructure.DeclarationsConfig;
import vn.customs.platform.domain.Money;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.time.Today;

/**
 * Demo data for the local run: declarations over the last quarter at the three gates of the article, mostly
 * electronic, in every channel, nearly all cleared within the charter time and a few late. A few hundred by default;
 * {@code declarations.demo-data.count} asks for more (the article's quarter: about 28,000 from about 1,700
 * enterprises). Generated from a fixed seed through the aggregate, into a database with no declarations, only when
 * {@code customs.demo-data.enabled} is true. The declarations are historical, so no events are sent for them.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> GATES = List.of("HUU_NGHI", "HUU_NGHI", "COC_NAM", "CHI_MA");
    private static final String[][] GOODS = {
        {"08109094", "Quả thanh long tươi"}, {"08045020", "Quả xoài tươi"}, {"84295200", "Máy xúc đã qua sử dụng"},
        {"85176249", "Thiết bị mạng"}, {"61091010", "Áo phông cotton"}, {"87042129", "Xe tải dưới 5 tấn"},
        {"39269099", "Sản phẩm nhựa"}, {"72142031", "Thép thanh"}, {"03028990", "Cá tươi"}
    };
    private static final String[] COMPANY = {"Thương mại", "Xuất nhập khẩu", "Logistics", "Nông sản", "Vận tải"};
    private static final String[] PLACE = {
        "Đồng Đăng", "Lạng Sơn", "Kỳ Lừa", "Hữu Lũng", "Cao Lộc", "Bắc Giang", "Hà Nội"
    };

    private final DeclarationRepository declarations;
    private final EntityManager entityManager;
    private final Today today;
    private final WorkingCalendar calendar;
    private final CharterTerms terms;
    private final RiskRuleBook rules;
    private final boolean enabled;
    private final int count;

    DemoData(
            DeclarationRepository declarations,
            EntityManager entityManager,
            Today today,
            WorkingCalendar calendar,
            CharterTerms terms,
            RiskRuleBook rules,
            DeclarationsConfig config,
            @ConfigProperty(name = "customs.demo-data.enabled") boolean enabled) {
        this.declarations = declarations;
        this.entityManager = entityManager;
        this.today = today;
        this.calendar = calendar;
        this.terms = terms;
        this.rules = rules;
        this.enabled = enabled;
        this.count = config.demoData().count();
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            gates();
        }
        if (enabled && empty()) {
            long began = System.nanoTime();
            for (int from = 0; from < count; from += 1000) {
                load(from, Math.min(count, from + 1000));
            }
            LOG.infof("Demo data loaded: %d declarations in %d ms", count, (System.nanoTime() - began) / 1_000_000);
        }
    }

    /**
     * The department and the three gates of the article in the unit directory, as staffing's demo data opens them
     * (its UnitOpened events update these rows with the same values when they arrive).
     */
    @Transactional
    void gates() {
        String[][] units = {
            {"DEPT", "Cục Hải quan tỉnh Lạng Sơn", "DEPARTMENT", null},
            {"HUU_NGHI", "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị", "SUB_DEPARTMENT", "DEPT"},
            {"COC_NAM", "Chi cục Hải quan cửa khẩu Cốc Nam", "SUB_DEPARTMENT", "DEPT"},
            {"CHI_MA", "Chi cục Hải quan cửa khẩu Chi Ma", "SUB_DEPARTMENT", "DEPT"}
        };
        for (String[] unit : units) {
            entityManager
                    .createNativeQuery("INSERT INTO units (unit_code, name, kind, parent_code) VALUES (?1, ?2, ?3,"
                            + " CAST(?4 AS varchar)) ON CONFLICT (unit_code) DO NOTHING")
                    .setParameter(1, unit[0])
                    .setParameter(2, unit[1])
                    .setParameter(3, unit[2])
                    .setParameter(4, unit[3])
                    .executeUpdate();
        }
    }

    @Transactional
    boolean empty() {
        // one row is enough to know: counting would read the whole table at every start of a grown database
        return entityManager
                .createQuery("SELECT d.id FROM Declaration d", UUID.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Declarations {@code from} (inclusive) to {@code to}, in one transaction; the seed makes them the same each run. */
    @Transactional
    void load(int from, int to) {
        Random random = new Random(2022L + from);
        int enterprises = Math.max(20, count * 1700 / 28000);
        LocalDate first = today.date().minusDays(91);
        for (int n = from; n < to; n++) {
            int enterprise = random.nextInt(enterprises);
            boolean paper = random.nextInt(1000) < (enterprise % 12 == 0 ? 600 : 5);
            LocalDate day = workingDay(first.plusDays(random.nextInt(90)));
            Instant submitted = day.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(540)))
                    .atZone(Today.DEPARTMENT_ZONE)
                    .toInstant();
            String[] goods = GOODS[random.nextInt(GOODS.length)];
            BigDecimal value =
                    BigDecimal.valueOf(5_000 + random.nextInt(95_000)).setScale(2, RoundingMode.HALF_UP);
            Lodgement lodgement =
                    lodgement(n, enterprise, paper, GATES.get(random.nextInt(GATES.size())), day, goods, value);
            Declaration declaration = Declaration.submit(
                    TimeOrderedIds.next(),
                    lodgement,
                    "demo-" + n,
                    lodgement.declarant().taxId().value(),
                    submitted);
            // the rules in force on the lodging day, as SubmitDeclaration selects (the seed keeps the draws repeatable)
            ChannelSelection selection = rules.inForce(day)
                    .select(
                            new RiskFacts(
                                    lodgement.gateCode().value(),
                                    Flow.IMPORT,
                                    List.of(goods[0]),
                                    List.of("CN"),
                                    n < enterprises,
                                    0,
                                    paper),
                            random);
            declaration.register(
                    declarations.nextNumber(),
                    selection,
                    selection.rulesVersion(),
                    null,
                    terms,
                    calendar,
                    submitted.plusSeconds(5));
            process(declaration, random, submitted);
            declarations.add(declaration);
        }
        declarations.flush();
        entityManager.clear();
    }

    /** Nearly all cleared, most well within the charter time, one in 60 late; the last days' partly still open. */
    private void process(Declaration declaration, Random random, Instant submitted) {
        boolean recent = submitted.isAfter(today.now().minus(Duration.ofDays(2)));
        if (recent && random.nextBoolean()) {
            return;
        }
        OfficerId officer = new OfficerId(new UUID(0L, 1 + random.nextInt(12)));
        boolean late = random.nextInt(60) == 0;
        long committed = terms.committedFor(declaration.channel().name()).toMinutes();
        long minutes =
                late ? committed + 30 + random.nextInt(240) : 3 + random.nextInt((int) Math.max(4, committed * 3 / 4));
        Instant at = submitted.plusSeconds(5);
        List<Step> steps = new ArrayList<>();
        switch (declaration.channel()) {
            case GREEN:
                steps.add(Step.CLEAR);
                break;
            case YELLOW:
                steps.add(Step.START_DOC_CHECK);
                steps.add(Step.CLEAR);
                break;
            case RED:
                steps.add(Step.REQUIRE_GOODS);
                steps.add(Step.GOODS_PRESENTED);
                steps.add(Step.CLEAR);
                break;
        }
        for (Step step : steps) {
            at = step == Step.CLEAR
                    ? calendar.addWorkingTime(submitted, Duration.ofMinutes(minutes))
                    : at.plusSeconds(60);
            ProcessDeclaration.take(declaration, step, officer, null, terms, calendar, at);
        }
    }

    private Lodgement lodgement(
            int n, int enterprise, boolean paper, String gate, LocalDate day, String[] goods, BigDecimal value) {
        String taxId = String.format("49%08d", enterprise);
        return new Lodgement(
                "DEMO-" + n,
                Flow.IMPORT,
                "A11",
                new UnitCode(gate),
                paper ? SubmissionChannel.PAPER : SubmissionChannel.ELECTRONIC,
                new Party(
                        new TaxId(taxId),
                        "Công ty TNHH " + COMPANY[enterprise % COMPANY.length] + " " + PLACE[enterprise % PLACE.length]
                                + " " + (enterprise + 1),
                        PLACE[enterprise % PLACE.length],
                        "VN"),
                new Counterparty(null, "Guangxi Border Trading Co. " + (enterprise % 40 + 1), "Pingxiang", "CN"),
                null,
                new Transport("ROAD", "12C-" + (10000 + n % 90000), "PX-" + n, day),
                new Invoice(
                        "INV-" + n,
                        day.minusDays(2),
                        new Money(value, "USD"),
                        new BigDecimal("25350"),
                        new BigDecimal("25350"),
                        null,
                        null,
                        "DAP"),
                List.of(new Item(
                        1,
                        new HsCode(goods[0]),
                        goods[1],
                        "CN",
                        BigDecimal.valueOf(1000),
                        "KGM",
                        BigDecimal.valueOf(1000),
                        value,
                        null,
                        null,
                        null)),
                List.of());
    }

    private LocalDate workingDay(LocalDate day) {
        LocalDate candidate = day;
        while (!calendar.isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate.isAfter(today.date()) ? today.date() : candidate;
    }
}
