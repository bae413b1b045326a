package vn.customs.hotline.domain.clock;

/** How a legal term counts its days: every calendar day, or only working days of the shared calendar. */
public enum DayCount {
    CALENDAR,
    WORKING
}
