package vn.customs.staffing.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;
import vn.customs.staffing.application.CreatePost;
import vn.customs.staffing.application.CreateUnit;
import vn.customs.staffing.application.MoveOfficer;
import vn.customs.staffing.application.OpenDisciplineCase;
import vn.customs.staffing.application.RegisterOfficer;
import vn.customs.staffing.domain.officer.DeclaredInterest;
import vn.customs.staffing.domain.officer.Exemption;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerProfile;
import vn.customs.staffing.domain.officer.PostingKind;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.organisation.PostTerms;
import vn.customs.staffing.domain.organisation.Rank;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;

/**
 * Demo data for the local run: the department and the three gates of the article, posts for each function, and
 * about sixty fictional officers with Vietnamese names. Some have held sensitive posts far longer than their period,
 * some are exempt, a few declared relatives working at a gate, so that a first rotation plan has real work and real
 * conflicts. Loaded through the use cases (events and audit included), into a database with no units, and only when
 * {@code customs.demo-data.enabled} is true; generated from a fixed seed, so every run gets the same people.
 */
@ApplicationScoped
public class DemoData {

    public static final String DEPARTMENT = "DEPT";
    public static final List<String> GATES = List.of("HUU_NGHI", "COC_NAM", "CHI_MA");
    public static final List<String> UNITS = List.of(DEPARTMENT, "HUU_NGHI", "COC_NAM", "CHI_MA");

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Hà"
    };
    private static final String[] MIDDLE_MEN = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân"};
    private static final String[] MIDDLE_WOMEN = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương"};
    private static final String[] GIVEN_MEN = {
        "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn",
        "Việt", "Đạt", "Hiếu", "Trung"
    };
    private static final String[] GIVEN_WOMEN = {
        "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Yến", "Huyền", "Oanh"
    };

    private final CreateUnit createUnit;
    private final CreatePost createPost;
    private final RegisterOfficer register;
    private final MoveOfficer moves;
    private final OpenDisciplineCase discipline;
    private final EntityManager entityManager;
    private final Today today;
    private final boolean enabled;

    DemoData(
            CreateUnit createUnit,
            CreatePost createPost,
            RegisterOfficer register,
            MoveOfficer moves,
            OpenDisciplineCase discipline,
            EntityManager entityManager,
            Today today,
            @ConfigProperty(name = "customs.demo-data.enabled") boolean enabled) {
        this.createUnit = createUnit;
        this.createPost = createPost;
        this.register = register;
        this.moves = moves;
        this.discipline = discipline;
        this.entityManager = entityManager;
        this.today = today;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled && noUnits()) {
            int officers = load();
            LOG.infof("Demo data loaded: %d units, %d officers", UNITS.size(), officers);
        }
    }

    @Transactional
    boolean noUnits() {
        return entityManager
                        .createQuery("SELECT COUNT(u) FROM Unit u", Long.class)
                        .getSingleResult()
                == 0;
    }

    /** Loads the demo department unless its units exist already; returns the number of officers registered. */
    @Transactional
    public int loadIfAbsent() {
        boolean present = !entityManager
                .createQuery("SELECT u.id FROM Unit u WHERE u.code = :code", UUID.class)
                .setParameter("code", new UnitCode(DEPARTMENT))
                .getResultList()
                .isEmpty();
        return present ? 0 : load();
    }

    @Transactional
    int load() {
        Random random = new Random(2022);
        Unit department = createUnit.create(DEPARTMENT, "Cục Hải quan tỉnh Lạng Sơn", UnitKind.DEPARTMENT, null, false);
        List<Slot> slots = new ArrayList<>(departmentPosts(department));
        List<Post> gatePosts = new ArrayList<>();
        slots.addAll(gate("HUU_NGHI", "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị", false, gatePosts));
        slots.addAll(gate("COC_NAM", "Chi cục Hải quan cửa khẩu Cốc Nam", true, gatePosts));
        slots.addAll(gate("CHI_MA", "Chi cục Hải quan cửa khẩu Chi Ma", true, gatePosts));

        Set<String> names = new HashSet<>();
        int number = 0;
        for (Slot slot : slots) {
            for (int i = 0; i < slot.officers(); i++) {
                number++;
                place(slot, number, uniqueName(random, names), random);
            }
        }
        return number;
    }

    private void place(Slot slot, int number, String name, Random random) {
        LocalDate day = today.date();
        Post post = slot.post();
        Rank rank =
                Rank.values()[Math.min(Rank.values().length - 1, post.minRank().ordinal() + random.nextInt(2))];
        LocalDate born = day.minusYears(28 + random.nextInt(28)).minusDays(random.nextInt(365));
        LocalDate retires = born.plusYears(62);
        List<DeclaredInterest> interests = new ArrayList<>();
        String home = GATES.get(random.nextInt(GATES.size()));
        if (number % 13 == 5) {
            // a relative working at a gate forwarding agency: no posting to that gate
            String gate = GATES.get((number / 13) % GATES.size());
            interests.add(new DeclaredInterest(
                    DeclaredInterest.InterestKind.RELATIVE,
                    "Spouse works for a forwarding agency at the " + gate + " gate",
                    gate,
                    "0100" + String.format("%06d", number)));
        }
        if (number == 7 || number == 31) {
            retires = day.plusMonths(10); // less than 18 months to retirement: not rotated
            born = retires.minusYears(62);
        }
        Officer officer = register.register(new OfficerProfile(
                String.format("HQ%05d", 10000 + number), name, rank, born, retires, home, interests));

        // Tenure on the current post: one in three officers on a sensitive post is past its period, some by years.
        int periodMonths = post.sensitive() ? post.rotationPeriodMonths() : 60;
        int tenureMonths =
                number % 3 == 0 ? periodMonths + 1 + random.nextInt(30) : 2 + random.nextInt(periodMonths - 4);
        LocalDate since = day.minusMonths(tenureMonths).minusDays(random.nextInt(28));
        if (number % 4 == 1 && !slot.previous().isEmpty()) {
            // an earlier posting elsewhere: the officer may not go back there within the no-return period
            Post previous = slot.previous().get(number % slot.previous().size());
            moves.move(
                    officer.id(),
                    new MoveOfficer.Command(
                            previous.id(), since.minusMonths(30), PostingKind.INITIAL, "QĐ-DEMO/" + number + "/A"));
            moves.move(
                    officer.id(),
                    new MoveOfficer.Command(
                            post.id(), since, PostingKind.PERIODIC_ROTATION, "QĐ-DEMO/" + number + "/B"));
        } else {
            moves.move(
                    officer.id(), new MoveOfficer.Command(post.id(), since, PostingKind.INITIAL, "QĐ-DEMO/" + number));
        }
        exempt(officer, number);
    }

    private void exempt(Officer officer, int number) {
        Exemption exemption = number == 3
                ? Exemption.PREGNANCY_OR_CHILD_UNDER_36_MONTHS
                : number == 24 ? Exemption.SERIOUS_ILLNESS : number == 42 ? Exemption.LONG_TRAINING : null;
        if (exemption != null) {
            officer.recordExemption(exemption, today.date().plusMonths(12));
        }
        if (number == 15) {
            discipline.open(officer.id(), "Delayed a declaration without reason (demo)", false);
        }
    }

    private String uniqueName(Random random, Set<String> taken) {
        while (true) {
            boolean woman = random.nextInt(5) < 2;
            String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                    + (woman
                            ? MIDDLE_WOMEN[random.nextInt(MIDDLE_WOMEN.length)]
                            : MIDDLE_MEN[random.nextInt(MIDDLE_MEN.length)])
                    + " "
                    + (woman
                            ? GIVEN_WOMEN[random.nextInt(GIVEN_WOMEN.length)]
                            : GIVEN_MEN[random.nextInt(GIVEN_MEN.length)]);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    /** A post and how many demo officers hold it; {@code previous} are posts some of them held before. */
    private record Slot(Post post, int officers, List<Post> previous) {}

    private List<Slot> departmentPosts(Unit department) {
        List<Slot> slots = new ArrayList<>();
        slots.add(slot(
                department, "Cục trưởng", PostFunction.MANAGEMENT, false, null, 1, 1, Rank.SENIOR_INSPECTOR, true, 1));
        slots.add(slot(
                department, "Phòng Tổ chức cán bộ", PostFunction.PERSONNEL, true, 36, 1, 3, Rank.INSPECTOR, false, 2));
        slots.add(slot(
                department,
                "Phòng Tài vụ quản trị - mua sắm",
                PostFunction.PROCUREMENT,
                true,
                36,
                1,
                3,
                Rank.INSPECTOR,
                false,
                2));
        slots.add(slot(
                department,
                "Phòng Tài vụ quản trị - kế toán",
                PostFunction.ACCOUNTING,
                true,
                48,
                1,
                2,
                Rank.INSPECTOR,
                false,
                1));
        slots.add(slot(
                department,
                "Đoàn thanh tra nội bộ",
                PostFunction.INSPECTION,
                false,
                null,
                2,
                5,
                Rank.INSPECTOR,
                false,
                4));
        slots.add(slot(
                department,
                "Đường dây nóng",
                PostFunction.HOTLINE,
                false,
                null,
                1,
                3,
                Rank.ASSOCIATE_INSPECTOR,
                false,
                2));
        return slots;
    }

    /** A gate's posts; officers there may have held the sensitive posts of the gates created before it. */
    private List<Slot> gate(String code, String name, boolean remote, List<Post> gatePostsSoFar) {
        Unit unit = createUnit.create(code, name, UnitKind.SUB_DEPARTMENT, DEPARTMENT, remote);
        List<Post> earlier = List.copyOf(gatePostsSoFar);
        List<Slot> slots = new ArrayList<>();
        slots.add(slot(
                unit, "Chi cục trưởng", PostFunction.MANAGEMENT, false, null, 1, 1, Rank.PRINCIPAL_INSPECTOR, true, 1));
        slots.add(withPrevious(
                slot(
                        unit,
                        "Đội Thủ tục - tiếp nhận, đăng ký tờ khai",
                        PostFunction.CLEARANCE,
                        true,
                        36,
                        3,
                        10,
                        Rank.ASSOCIATE_INSPECTOR,
                        false,
                        6),
                earlier));
        slots.add(withPrevious(
                slot(
                        unit,
                        "Đội Kiểm tra thực tế hàng hóa",
                        PostFunction.PHYSICAL_INSPECTION,
                        true,
                        36,
                        2,
                        8,
                        Rank.ASSOCIATE_INSPECTOR,
                        false,
                        4),
                earlier));
        slots.add(withPrevious(
                slot(
                        unit,
                        "Đội Giám sát cửa khẩu",
                        PostFunction.SUPERVISION,
                        true,
                        48,
                        2,
                        6,
                        Rank.ASSOCIATE_INSPECTOR,
                        false,
                        3),
                earlier));
        slots.add(slot(
                unit, "Bộ phận Kế toán thu thuế", PostFunction.ACCOUNTING, true, 48, 1, 2, Rank.INSPECTOR, false, 1));
        slots.stream()
                .map(Slot::post)
                .filter(post -> post.sensitive() && post.establishment() > 2)
                .forEach(gatePostsSoFar::add);
        return slots;
    }

    private static Slot withPrevious(Slot slot, List<Post> previous) {
        return new Slot(slot.post(), slot.officers(), previous);
    }

    private Slot slot(
            Unit unit,
            String title,
            PostFunction function,
            boolean sensitive,
            Integer period,
            int minStaff,
            int establishment,
            Rank minRank,
            boolean head,
            int officers) {
        Post post = createPost.create(
                unit.id(), new PostTerms(title, function, sensitive, period, minStaff, establishment, minRank, head));
        return new Slot(post, officers, List.of());
    }
}
