package vn.customs.declarations.api;

/** Examples of the published figures in the OpenAPI document. */
final class PublicFiguresExamples {

    private PublicFiguresExamples() {}

    static final String QUARTER = """
            {"quarter": "2026-Q3", "from": "2026-07-01", "to": "2026-09-30", "gates": [
              {"gateCode": "CHI_MA", "gateName": "Chi cục Hải quan cửa khẩu Chi Ma",
               "lodged": {"display": "< 5"}, "electronicShare": {"display": "< 5"},
               "clearedWithinCharterShare": {"display": "< 5"}},
              {"gateCode": "HUU_NGHI", "gateName": "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
               "lodged": {"count": 28000, "display": "28000"},
               "electronicShare": {"share": 0.932, "display": "93.2%"},
               "clearedWithinCharterShare": {"share": 0.998, "display": "99.8%"}}]}
            """;
}
