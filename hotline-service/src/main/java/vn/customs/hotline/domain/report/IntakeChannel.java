package vn.customs.hotline.domain.report;

/** How a report reached the hotline: the web form, or an operator who recorded a call, a visit, a letter, an e-mail. */
public enum IntakeChannel {
    WEB,
    HOTLINE_CALL,
    WALK_IN,
    POST,
    EMAIL,
    /** Sent on by another authority that found it was ours. */
    TRANSFERRED;

    /** Only the web form is filed by the reporter himself; every other channel is recorded by an operator. */
    public boolean recordedByOperator() {
        return switch (this) {
            case WEB -> false;
            case HOTLINE_CALL, WALK_IN, POST, EMAIL, TRANSFERRED -> true;
        };
    }
}
