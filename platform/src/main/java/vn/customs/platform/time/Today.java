package vn.customs.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Today's date and now, from the injected clock, in the department's time zone (dates of postings, deadlines). */
@ApplicationScoped
public class Today {

    public static final ZoneId DEPARTMENT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), DEPARTMENT_ZONE);
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a response and a later read show the same time. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
