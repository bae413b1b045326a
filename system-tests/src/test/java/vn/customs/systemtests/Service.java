package vn.customs.systemtests;

import vn.customs.launcher.ServiceSpec;

/** The four services of the suite, as the stories name them. */
public enum Service {
    DECLARATIONS("declarations"),
    STAFFING("staffing"),
    HOTLINE("hotline"),
    INSPECTIONS("inspections");

    private final String database;

    Service(String database) {
        this.database = database;
    }

    /** How the launcher runs it: module, database, audience. */
    ServiceSpec spec() {
        return ServiceSpec.ALL.stream()
                .filter(spec -> spec.database().equals(database))
                .findFirst()
                .orElseThrow();
    }

    /** The audience its tokens must carry, and the Keycloak client scope that puts it there. */
    String audience() {
        return spec().audience();
    }
}
