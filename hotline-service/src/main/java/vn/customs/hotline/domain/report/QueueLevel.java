package vn.customs.hotline.domain.report;

/** Whose queue a report is in: the provincial department's, or, once a legal deadline passed, the next level's. */
public enum QueueLevel {
    DEPARTMENT,
    GENERAL_DEPARTMENT;

    /** The level above; the top stays where it is. */
    public QueueLevel next() {
        return switch (this) {
            case DEPARTMENT, GENERAL_DEPARTMENT -> GENERAL_DEPARTMENT;
        };
    }
}
