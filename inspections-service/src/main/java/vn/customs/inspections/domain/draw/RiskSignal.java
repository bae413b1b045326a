package vn.customs.inspections.domain.draw;

/**
 * The risk signals a candidate unit is weighed by, each counted per unit at draw time; {@link #key()} names its
 * coefficient in the weight formula's configuration and in a draw's canonical text.
 */
public enum RiskSignal {
    /** Hotline reports about the unit or its officers accepted for handling. */
    ACCEPTED_REPORT("accepted-report"),
    /** Of those, the reports concluded SUBSTANTIATED or PARTLY_SUBSTANTIATED. */
    SUBSTANTIATED_REPORT("substantiated-report"),
    /** Declarations at the gate not handled within their charter time. */
    CHARTER_BREACH("charter-breach"),
    /** Risk channels changed by officers at the gate. */
    CHANNEL_OVERRIDE("channel-override"),
    /** The most overrides at the gate on declarations of one enterprise. */
    OVERRIDE_CONCENTRATION("override-concentration"),
    /** Officers of the unit still on a sensitive post after their rotation date, without a legal exemption. */
    OVERDUE_ROTATION("overdue-rotation"),
    /** Open discipline cases of officers posted at the unit on the draw's day. */
    OPEN_DISCIPLINE_CASE("open-discipline-case"),
    /** Earlier inspections' findings at the unit. */
    EARLIER_FINDING("earlier-finding"),
    /** Whole months since the unit's last inspection started, at most {@link Signals#MONTHS_CAP}. */
    MONTH_SINCE_LAST_INSPECTION("month-since-last-inspection");

    private final String key;

    RiskSignal(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The signal named {@code key} ({@code accepted-report}); empty for a name no signal has. */
    public static java.util.Optional<RiskSignal> byKey(String key) {
        for (RiskSignal signal : values()) {
            if (signal.key.equals(key)) {
                return java.util.Optional.of(signal);
            }
        }
        return java.util.Optional.empty();
    }
}
