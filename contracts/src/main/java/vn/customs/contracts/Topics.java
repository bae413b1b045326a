package vn.customs.contracts;

/** One topic per producing service; the record key is the aggregate id. */
public final class Topics {

    public static final String DECLARATIONS = "customs.declarations.v1";
    public static final String STAFFING = "customs.staffing.v1";
    public static final String HOTLINE = "customs.hotline.v1";
    public static final String INSPECTIONS = "customs.inspections.v1";

    private Topics() {}

    /** The topic of a producing service, e.g. {@code customs.staffing.v1} for {@code staffing}. */
    public static String of(String source) {
        return "customs." + source + ".v1";
    }

    /** Where a consumer's poison messages go, with the error: {@code customs.staffing.v1.dlq.<consumer>}. */
    public static String deadLetter(String topic, String consumer) {
        return topic + ".dlq." + consumer;
    }
}
