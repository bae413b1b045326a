package vn.customs.inspections.api;

/** Examples of the published figures in the OpenAPI document. */
final class PublicFiguresExamples {

    private PublicFiguresExamples() {}

    static final String QUARTER = """
            {"quarter": "2026-Q3", "from": "2026-07-01", "to": "2026-09-30", "gates": [
              {"gateCode": "CHI_MA", "gateName": "Chi cục Hải quan cửa khẩu Chi Ma",
               "thematic": {"count": 7, "display": "7"}, "surprise": {"display": "< 5"},
               "targeted": {"display": "< 5"}},
              {"gateCode": "HUU_NGHI", "gateName": "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
               "thematic": {"count": 7, "display": "7"}, "surprise": {"count": 5, "display": "5"},
               "targeted": {"display": "< 5"}}]}
            """;
}
