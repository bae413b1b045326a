package vn.customs.systemtests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people and places of story 1, made through staffing's API and Keycloak's admin API, unique to one telling: a
 * department with its inspectorate and hotline desk, the Hữu Nghị gate under it (a code of its own per telling) with a
 * clearance post and the head's post, the officer who will be reported, a colleague, the head, two inspectors, a
 * hotline handler and an inspection lead.
 */
final class Gate {

    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 1);

    final PersonnelClerk clerk;
    final String code;
    final String accusedName = "Nguyễn Văn Nhũng";
    private final SystemUnderTest suite;
    private final String departmentCode;
    String id;
    private String clearancePost;
    private String headPost;
    UUID accused;
    UUID colleague;
    UUID head;
    List<UUID> inspectors;
    User accusedUser;
    User colleagueUser;
    User headUser;
    User handler;
    User lead;

    Gate(SystemUnderTest suite, String run) {
        this.suite = suite;
        this.clerk = new PersonnelClerk(suite);
        this.code = "HUU_NGHI_" + run;
        this.departmentCode = "LS_" + run;
    }

    /** The organisation, with only the reported officer posted at the gate yet. */
    void open() {
        String departmentId =
                clerk.openUnit(departmentCode, "Cục Hải quan Lạng Sơn " + departmentCode, "DEPARTMENT", null);
        id = clerk.openUnit(code, "Cửa khẩu quốc tế Hữu Nghị " + code, "SUB_DEPARTMENT", departmentCode);
        clearancePost = clerk.post(id, "Đội Thủ tục - tiếp nhận, đăng ký tờ khai", "CLEARANCE", true, 5, false);
        headPost = clerk.post(id, "Chi cục trưởng", "MANAGEMENT", false, 1, true);
        String inspectionPost = clerk.post(departmentId, "Phòng Thanh tra", "INSPECTION", false, 10, false);
        String hotlinePost = clerk.post(departmentId, "Tổ tiếp nhận phản ánh", "HOTLINE", false, 5, false);

        accused = clerk.register(accusedName, "INSPECTOR");
        colleague = clerk.register("Trần Thị Liêm", "INSPECTOR");
        head = clerk.register("Nông Văn Trưởng", "PRINCIPAL_INSPECTOR");
        inspectors = List.of(clerk.register("Lê Văn Thanh", "INSPECTOR"), clerk.register("Phạm Thị Tra", "INSPECTOR"));
        UUID handlerOfficer = clerk.register("Đỗ Thị Tiếp", "INSPECTOR");

        clerk.postOfficer(accused, clearancePost, LONG_AGO, "INITIAL");
        for (UUID inspector : inspectors) {
            clerk.postOfficer(inspector, inspectionPost, LONG_AGO, "INITIAL");
        }
        clerk.postOfficer(handlerOfficer, hotlinePost, LONG_AGO, "INITIAL");

        accusedUser = officer("nhung", accused, "OFFICER");
        colleagueUser = officer("liem", colleague, "OFFICER");
        headUser = suite.user("truong", List.of("OFFICER", "UNIT_HEAD"), Map.of("officer_id", head.toString()));
        handler = officer("tiep", handlerOfficer, "HOTLINE_HANDLER");
        lead = officer("thanh", inspectors.get(0), "INSPECTION_LEAD");
    }

    /** The colleague and the head join the gate, both from long before the violation. */
    void staff() {
        clerk.postOfficer(colleague, clearancePost, LONG_AGO, "INITIAL");
        clerk.postOfficer(head, headPost, LONG_AGO, "PROMOTION");
    }

    private User officer(String name, UUID officerId, String role) {
        return suite.user(name, List.of(role), Map.of("officer_id", officerId.toString()));
    }
}
