package vn.customs.platform.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import vn.customs.platform.domain.time.CalendarRulesParser;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * Produces the department's {@link WorkingCalendar} from {@link CalendarConfig}, and the {@link Clock} that
 * application code passes the current instant from; a test replaces the clock by declaring its own bean.
 */
@ApplicationScoped
public class WorkingCalendarProducer {

    private static final String PREFIX = "customs.calendar.";

    private final CalendarConfig config;

    WorkingCalendarProducer(CalendarConfig config) {
        this.config = config;
    }

    // Built at start, so that a wrong holiday list stops the service with its message instead of failing the
    // first deadline computed. WorkingCalendar is final; ArC lifts that for the client proxy
    // (quarkus.arc.transform-unproxyable-classes, on by default).
    @Produces
    @ApplicationScoped
    @Startup
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.builder()
                .zone(CalendarRulesParser.zone(PREFIX + "zone", config.zone()))
                .workingPeriods(CalendarRulesParser.workingPeriods(PREFIX + "working-periods", config.workingPeriods()))
                .weekend(CalendarRulesParser.weekend(PREFIX + "weekend", config.weekend()))
                .holidays(CalendarRulesParser.datesByYear(PREFIX + "holidays", config.holidays()))
                .extraWorkingDays(
                        CalendarRulesParser.datesByYear(PREFIX + "extra-working-days", config.extraWorkingDays()))
                .build();
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
