package vn.customs.hotline.api;

/** Examples of the published figures in the OpenAPI document. */
final class PublicFiguresExamples {

    private PublicFiguresExamples() {}

    static final String QUARTER = """
            {"quarter": "2026-Q3", "from": "2026-07-01", "to": "2026-09-30", "gates": [
              {"gateCode": "CHI_MA", "gateName": "Chi cục Hải quan cửa khẩu Chi Ma",
               "received": {"display": "< 5"}, "accepted": {"display": "< 5"},
               "settledWithinTerm": {"display": "< 5"}},
              {"gateCode": "HUU_NGHI", "gateName": "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
               "received": {"count": 14, "display": "14"}, "accepted": {"count": 11, "display": "11"},
               "settledWithinTerm": {"count": 9, "display": "9"}}]}
            """;
}
