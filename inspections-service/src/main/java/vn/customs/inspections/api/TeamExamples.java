package vn.customs.inspections.api;

/** The OpenAPI examples of team candidates, as JSON text blocks the resource references by constant. */
final class TeamExamples {

    private TeamExamples() {}

    /** A team of four proposed for the gate, two inspectors left out with their reasons. */
    static final String PROPOSAL = """
            {"unit":"HUU_NGHI","on":"2026-03-10","lead":"3f1c2a9e-7b4d-4e21-9a55-1c2d3e4f5a61",
             "deputy":"5b7e1f20-2c3d-4a5b-8c9d-0e1f2a3b4c5d",
             "members":["8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d","c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"],
             "excluded":[
              {"officerId":"0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b","maySit":false,"refusals":[
               {"code":"POSTED_AT_TARGET","reason":"Posted at unit HUU_NGHI_T1 (under the inspected unit HUU_NGHI) from 2021-01-01 to 2024-06-30, within the last 3 years (since 2023-03-10)."}]},
              {"officerId":"9f8e7d6c-5b4a-4392-8e1f-0a9b8c7d6e5f","maySit":false,"refusals":[
               {"code":"RELATIVE_AT_TARGET","reason":"Declared a relative working at unit HUU_NGHI."},
               {"code":"INSPECTED_LAST_TIME","reason":"Sat on the team of the previous inspection of unit HUU_NGHI; inspectors rotate from one inspection of a unit to the next."}]}]}
            """;

    /** An inspector who may sit on the team. */
    static final String MAY_SIT = """
            {"officerId":"3f1c2a9e-7b4d-4e21-9a55-1c2d3e4f5a61","unit":"HUU_NGHI","on":"2026-03-10","maySit":true,
             "refusals":[]}
            """;

    /** An officer of the gate itself, who is no inspector. */
    static final String REFUSED = """
            {"officerId":"0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b","unit":"HUU_NGHI","on":"2026-03-10","maySit":false,
             "refusals":[
              {"code":"NOT_AN_INSPECTOR","reason":"Holds no post with the INSPECTION function on 2026-03-10."},
              {"code":"POSTED_AT_TARGET","reason":"Posted at unit HUU_NGHI from 2024-01-01, still open (on post on 2026-03-10), within the last 3 years (since 2023-03-10)."}]}
            """;
}
