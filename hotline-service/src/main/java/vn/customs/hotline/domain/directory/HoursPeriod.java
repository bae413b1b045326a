package vn.customs.hotline.domain.directory;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import vn.customs.platform.domain.RuleViolationException;

/**
 * When someone answers: from {@code firstDay} to {@code lastDay} (Monday to Friday; Monday to Sunday for every day),
 * from {@code opens} to {@code closes} on each of them. A line staffed through the night is two periods.
 */
@Embeddable
public record HoursPeriod(
        @Enumerated(EnumType.STRING) DayOfWeek firstDay,
        @Enumerated(EnumType.STRING) DayOfWeek lastDay,
        LocalTime opens,
        LocalTime closes) {

    public HoursPeriod {
        if (firstDay == null || lastDay == null || opens == null || closes == null) {
            throw new RuleViolationException("invalid-hours", "A period names its first and last day and its hours.");
        }
        if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
            throw new RuleViolationException("invalid-hours", "Hours are given in whole minutes: 07:30.");
        }
        if (lastDay.compareTo(firstDay) < 0) {
            throw new RuleViolationException(
                    "invalid-hours", "A period runs from its first day to a later one in the week (Monday to Sunday).");
        }
        if (!opens.isBefore(closes)) {
            throw new RuleViolationException(
                    "invalid-hours", "A period closes after it opens; a line staffed overnight is two periods.");
        }
    }

    /** Monday to Friday, the office hours of the public administration. */
    public static HoursPeriod weekdays(LocalTime opens, LocalTime closes) {
        return new HoursPeriod(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, opens, closes);
    }

    /** Every day of the week. */
    public static HoursPeriod everyDay(LocalTime opens, LocalTime closes) {
        return new HoursPeriod(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, opens, closes);
    }
}
