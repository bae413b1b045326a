package vn.customs.staffing.domain.discipline;

/** A discipline case is open until it is closed with an outcome; closing is final. */
public enum CaseStatus {
    OPEN,
    CLOSED;

    /** The one transition there is. */
    public boolean canClose() {
        return switch (this) {
            case OPEN -> true;
            case CLOSED -> false;
        };
    }

    /** A suspension is set or lifted only while the case is open. */
    public boolean canChangeSuspension() {
        return switch (this) {
            case OPEN -> true;
            case CLOSED -> false;
        };
    }
}
