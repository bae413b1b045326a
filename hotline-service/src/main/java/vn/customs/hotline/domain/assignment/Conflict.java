package vn.customs.hotline.domain.assignment;

import java.util.Objects;

/**
 * Why an officer may not handle a report: a {@link Code} and a detail that names units and dates, never a person.
 */
public record Conflict(Code code, String detail) {

    public Conflict {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** The conflicts of interest the hotline refuses a handler for. */
    public enum Code {
        /** The handler is the officer the report accuses. */
        IS_THE_ACCUSED,
        /** The handler is, was within the lookback, or is to be posted at the accused unit or a unit below it. */
        POSTED_AT_ACCUSED_UNIT,
        /** The handler and the accused officer were posted at the same unit at the same time within the lookback. */
        SHARED_POSTING_WITH_ACCUSED
    }
}
