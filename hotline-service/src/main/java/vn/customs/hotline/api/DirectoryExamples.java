package vn.customs.hotline.api;

/**
 * The OpenAPI examples of the published hotline directory, as JSON text blocks the resource references by constant.
 * The numbers and addresses are fictional.
 */
final class DirectoryExamples {

    private DirectoryExamples() {}

    static final String ENTRY_BODY = """
            {"level":"GATE","unitName":"Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
             "phones":[{"label":"Đường dây nóng","number":"0205 3851 234"},
                       {"label":"Trực ban ngoài giờ","number":"0912 345 678"}],
             "email":"duongdaynong.huunghi@langson.customs.example",
             "webAddress":"https://langson.customs.example/duong-day-nong",
             "hours":{"alwaysOpen":false,"periods":[
                {"firstDay":"MONDAY","lastDay":"FRIDAY","opens":"07:30","closes":"17:00"},
                {"firstDay":"SATURDAY","lastDay":"SUNDAY","opens":"08:00","closes":"11:30"}]},
             "note":"Ngoài giờ, gọi số trực ban. Người phản ánh có thể không cần nêu tên."}
            """;

    static final String ENTRY = """
            {"unitCode":"HUU_NGHI","level":"GATE","unitName":"Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
             "phones":[{"label":"Đường dây nóng","number":"0205 3851 234","tel":"tel:+842053851234"},
                       {"label":"Trực ban ngoài giờ","number":"0912 345 678","tel":"tel:+84912345678"}],
             "email":"duongdaynong.huunghi@langson.customs.example",
             "webAddress":"https://langson.customs.example/duong-day-nong",
             "hours":{"alwaysOpen":false,"periods":[
                {"firstDay":"MONDAY","lastDay":"FRIDAY","opens":"07:30","closes":"17:00"},
                {"firstDay":"SATURDAY","lastDay":"SUNDAY","opens":"08:00","closes":"11:30"}]},
             "note":"Ngoài giờ, gọi số trực ban. Người phản ánh có thể không cần nêu tên.",
             "publishedAt":"2026-01-05T02:00:00Z","revisedAt":"2026-03-02T08:15:00Z"}
            """;

    static final String DIRECTORY = """
            {"items":[
              {"unitCode":"DEPT","level":"DEPARTMENT","unitName":"Cục Hải quan tỉnh Lạng Sơn",
               "phones":[{"label":"Đường dây nóng","number":"1900 1234","tel":"tel:19001234;phone-context=+84"}],
               "email":"duongdaynong@langson.customs.example","webAddress":"https://langson.customs.example/duong-day-nong",
               "hours":{"alwaysOpen":true,"periods":[]},"note":null,
               "publishedAt":"2026-01-05T02:00:00Z","revisedAt":null},
              {"unitCode":"HUU_NGHI","level":"GATE","unitName":"Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị",
               "phones":[{"label":"Đường dây nóng","number":"0205 3851 234","tel":"tel:+842053851234"}],
               "email":null,"webAddress":null,
               "hours":{"alwaysOpen":false,"periods":[
                  {"firstDay":"MONDAY","lastDay":"SUNDAY","opens":"07:00","closes":"19:00"}]},
               "note":null,"publishedAt":"2026-01-05T02:00:00Z","revisedAt":null}]}
            """;
}
