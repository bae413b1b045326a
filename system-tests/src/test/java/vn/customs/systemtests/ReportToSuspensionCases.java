package vn.customs.systemtests;

import java.util.List;

/** The reported officer's discipline cases as staffing lists them, described by origin and the parts people play. */
final class ReportToSuspensionCases {

    private final SystemUnderTest suite;
    private final Gate gate;

    ReportToSuspensionCases(SystemUnderTest suite, Gate gate) {
        this.suite = suite;
        this.gate = gate;
    }

    List<String> describe(Projections.Roles roles) {
        return Projections.items(gate.clerk
                        .caller()
                        .get(Service.STAFFING, "/api/v1/discipline-cases?officerId=" + gate.accused + "&limit=50")
                        .expect(200)
                        .at("/items"))
                .stream()
                .map(c -> String.join(
                        " ",
                        c.path("origin").asText(),
                        c.path("status").asText(),
                        "suspended:" + c.path("suspended").asBoolean(),
                        "accountable:"
                                + roles.of(c.path("accountableHeadOfficerId").asText())))
                .sorted()
                .toList();
    }
}
