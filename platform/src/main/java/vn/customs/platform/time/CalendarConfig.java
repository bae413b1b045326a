package vn.customs.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * The rules of the working-time calendar; {@code customs.calendar.*}. Values stay text here and are read by
 * {@link vn.customs.platform.domain.time.CalendarRulesParser}, which names the bad token when one is wrong.
 */
@ConfigMapping(prefix = "customs.calendar")
public interface CalendarConfig {

    /** The time zone working hours are counted in. */
    @WithDefault("Asia/Ho_Chi_Minh")
    String zone();

    /** The daily working periods, {@code HH:mm-HH:mm}, in order of the day. */
    @WithDefault("07:30-11:30,13:00-17:00")
    List<String> workingPeriods();

    /** The days of the week that are not working days. */
    @WithDefault("SATURDAY,SUNDAY")
    List<String> weekend();

    /**
     * Public holidays per year, each a date or an inclusive range: {@code customs.calendar.holidays."2026"=
     * 2026-01-01,2026-02-14..2026-02-22}.
     */
    Map<String, List<String>> holidays();

    /** Weekend days decreed working days, per year like {@link #holidays()}. */
    Map<String, List<String>> extraWorkingDays();
}
