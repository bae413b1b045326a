package vn.customs.hotline.domain.report;

/** Whether the reporter reads a message, or only the handlers. */
public enum MessageVisibility {
    REPORTER_VISIBLE,
    INTERNAL
}
