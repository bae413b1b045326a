package vn.customs.systemtests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The people and place of a fault story, unique to one telling: a gate of its own (under a department of its own)
 * with a clearance post and two officers posted there, made through staffing's API, and enterprises (DECLARANT
 * accounts in Keycloak with their {@code tax_id}) that lodge there. Ready when declarations knows the gate from
 * staffing's events. Several enterprises, because each has its own request budget (1,200 a minute).
 */
final class DeclarantsAtAGate {

    /** An enterprise: its tax id and its account. */
    record Enterprise(String taxId, User user) {}

    private final String gate;
    private final List<Enterprise> enterprises;

    private DeclarantsAtAGate(String gate, List<Enterprise> enterprises) {
        this.gate = gate;
        this.enterprises = enterprises;
    }

    static DeclarantsAtAGate open(SystemUnderTest suite, String prefix, int enterpriseCount) throws Exception {
        PersonnelClerk clerk = new PersonnelClerk(suite);
        String department = Lodging.uniqueCode(prefix + "D");
        clerk.openUnit(department, "Cục Hải quan " + department, "DEPARTMENT", null);
        String gate = Lodging.uniqueCode(prefix + "G");
        String unit = clerk.openUnit(gate, "Chi cục Hải quan cửa khẩu Tân Thanh " + gate, "SUB_DEPARTMENT", department);
        String post = clerk.post(unit, "Công chức thủ tục Tân Thanh", "CLEARANCE", false, 20, false);
        for (int i = 1; i <= 2; i++) {
            UUID officer = clerk.register("Hoàng Văn Thông Quan " + i, "INSPECTOR");
            clerk.postOfficer(officer, post, LocalDate.of(2025, 1, 6), "INITIAL");
        }

        ExecutorService creating = Executors.newFixedThreadPool(4);
        List<Future<Enterprise>> accounts = new ArrayList<>();
        for (int e = 0; e < enterpriseCount; e++) {
            accounts.add(creating.submit(() -> {
                String taxId = Lodging.taxId();
                return new Enterprise(taxId, suite.user("enterprise", List.of("DECLARANT"), Map.of("tax_id", taxId)));
            }));
        }
        List<Enterprise> enterprises = new ArrayList<>();
        try {
            for (Future<Enterprise> account : accounts) {
                enterprises.add(account.get());
            }
        } finally {
            creating.shutdown();
        }

        // Declarations knows the gate: the dry-run accepts it (nothing is lodged before the story's own load).
        Enterprise first = enterprises.get(0);
        Lodging.awaitGate(suite.as(first.user()), first.taxId(), gate);
        return new DeclarantsAtAGate(gate, List.copyOf(enterprises));
    }

    String gate() {
        return gate;
    }

    /** The enterprise that lodges the n-th declaration: in turn. */
    Enterprise enterprise(int n) {
        return enterprises.get(n % enterprises.size());
    }

    /** The enterprise with this tax id, to read its declarations back. */
    Enterprise byTaxId(String taxId) {
        return enterprises.stream()
                .filter(enterprise -> enterprise.taxId().equals(taxId))
                .findFirst()
                .orElseThrow();
    }
}
