package vn.customs.platform.security;

/**
 * The roles callers carry in the JWT {@code groups} claim, the same names in every service. Role checks sit on
 * resources ({@code @RolesAllowed(Roles.PERSONNEL)}); object checks (which enterprise, which gate) in the use
 * cases, through {@link Caller}.
 */
public final class Roles {

    /** An enterprise or its broker; claim {@code tax_id} names the enterprise. */
    public static final String DECLARANT = "DECLARANT";
    /** A customs officer; claim {@code officer_id}. His gate comes from staffing's postings, never the token. */
    public static final String OFFICER = "OFFICER";

    public static final String UNIT_HEAD = "UNIT_HEAD";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String INSPECTION_LEAD = "INSPECTION_LEAD";
    public static final String HOTLINE_HANDLER = "HOTLINE_HANDLER";
    /** The only role that may read a reporter's identity; every such read is audited. */
    public static final String CUSTODIAN = "CUSTODIAN";

    public static final String PERSONNEL = "PERSONNEL";
    public static final String AUDITOR = "AUDITOR";
    public static final String DASHBOARD = "DASHBOARD";
    /** Another government system (a national single window, the inspectorate). */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {}
}
