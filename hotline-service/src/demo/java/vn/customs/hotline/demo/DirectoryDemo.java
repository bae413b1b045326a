package vn.customs.hotline.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.customs.hotline.application.PublishHotline;
import vn.customs.hotline.domain.directory.DirectoryContent;
import vn.customs.hotline.domain.directory.EmailAddress;
import vn.customs.hotline.domain.directory.Hours;
import vn.customs.hotline.domain.directory.HoursPeriod;
import vn.customs.hotline.domain.directory.PhoneNumber;
import vn.customs.hotline.domain.directory.UnitLevel;
import vn.customs.hotline.domain.directory.WebAddress;
import vn.customs.platform.domain.UnitCode;

/**
 * Demo data for the local run: the published hotline of the Lạng Sơn department and of its three gates, under the
 * unit codes staffing's demo data gives them (DEPT, HUU_NGHI, COC_NAM, CHI_MA). The numbers and addresses are
 * fictional (the {@code .example} domain is reserved). Loaded through the use case, so its audit entries are real,
 * into an empty directory and only when {@code customs.demo-data.enabled} is true.
 */
@ApplicationScoped
public class DirectoryDemo {

    public static final String DEPARTMENT = "DEPT";
    public static final List<String> GATES = List.of("HUU_NGHI", "COC_NAM", "CHI_MA");

    private static final Logger LOG = Logger.getLogger(DirectoryDemo.class);
    private static final String WEB = "https://langson.customs.example/duong-day-nong";
    private static final HoursPeriod OFFICE = HoursPeriod.weekdays(LocalTime.of(7, 30), LocalTime.of(17, 0));

    private final PublishHotline publish;
    private final EntityManager entityManager;
    private final boolean enabled;

    DirectoryDemo(
            PublishHotline publish,
            EntityManager entityManager,
            @ConfigProperty(name = "customs.demo-data.enabled") boolean enabled) {
        this.publish = publish;
        this.entityManager = entityManager;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled && empty()) {
            load();
            LOG.infof("Demo data loaded: hotline directory of %d units", 1 + GATES.size());
        }
    }

    @Transactional
    boolean empty() {
        return entityManager
                        .createQuery("SELECT COUNT(e) FROM HotlineEntry e", Long.class)
                        .getSingleResult()
                == 0;
    }

    void load() {
        directory().forEach((code, content) -> publish.publish(new UnitCode(code), content));
    }

    /** The demo directory by unit code, in directory order. */
    public static Map<String, DirectoryContent> directory() {
        Map<String, DirectoryContent> directory = new LinkedHashMap<>();
        directory.put(
                DEPARTMENT,
                new DirectoryContent(
                        UnitLevel.DEPARTMENT,
                        "Cục Hải quan tỉnh Lạng Sơn",
                        List.of(
                                new PhoneNumber("Đường dây nóng", "1900 5678"),
                                new PhoneNumber("Văn phòng Cục", "0205 3870 100")),
                        new EmailAddress("duongdaynong@langson.customs.example"),
                        new WebAddress(WEB),
                        Hours.twentyFourSeven(),
                        "Tiếp nhận phản ánh về công chức hải quan tại mọi cửa khẩu của tỉnh. Có thể phản ánh không"
                                + " cần nêu tên."));
        directory.put(
                "HUU_NGHI",
                gate(
                        "HUU_NGHI",
                        "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
                        List.of(
                                new PhoneNumber("Đường dây nóng", "0205 3851 234"),
                                new PhoneNumber("Trực ban ngoài giờ", "0912 345 678")),
                        Hours.during(OFFICE, HoursPeriod.everyDay(LocalTime.of(17, 0), LocalTime.of(22, 0))),
                        "Ngoài giờ hành chính, gọi số trực ban."));
        directory.put(
                "COC_NAM",
                gate(
                        "COC_NAM",
                        "Chi cục Hải quan cửa khẩu Cốc Nam",
                        List.of(new PhoneNumber("Đường dây nóng", "0205 3862 345")),
                        Hours.during(OFFICE),
                        null));
        directory.put(
                "CHI_MA",
                gate(
                        "CHI_MA",
                        "Chi cục Hải quan cửa khẩu Chi Ma",
                        List.of(
                                new PhoneNumber("Đường dây nóng", "0205 3873 456"),
                                new PhoneNumber("Đội trưởng trực", "0388 123 456")),
                        Hours.during(
                                OFFICE,
                                new HoursPeriod(
                                        DayOfWeek.SATURDAY,
                                        DayOfWeek.SATURDAY,
                                        LocalTime.of(8, 0),
                                        LocalTime.of(11, 30))),
                        "Cửa khẩu ở vùng sâu: nếu không liên lạc được, gọi đường dây nóng của Cục 1900 5678."));
        return directory;
    }

    private static DirectoryContent gate(String code, String name, List<PhoneNumber> phones, Hours hours, String note) {
        return new DirectoryContent(
                UnitLevel.GATE,
                name,
                phones,
                new EmailAddress("duongdaynong." + code.toLowerCase().replace("_", "") + "@langson.customs.example"),
                new WebAddress(WEB),
                hours,
                note);
    }
}
