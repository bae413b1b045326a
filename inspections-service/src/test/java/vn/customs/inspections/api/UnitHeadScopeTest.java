package vn.customs.inspections.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.customs.inspections.api.InspectionsWorld.PATH;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;

/**
 * A unit head reads his own unit's inspections and their findings, not another unit's: the other's are the same 404
 * as an unknown id and absent from his lists. The inspectorate, auditors and dashboards read every unit.
 */
@QuarkusTest
class UnitHeadScopeTest {

    @Test
    void aUnitHeadReadsHisOwnUnitOnly() {
        String own = InspectionsWorld.openGate();
        String other = InspectionsWorld.openGate();
        UUID head = InspectionsWorld.headOf(own);
        UUID mine = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-13/2026", own);
        UUID theirs = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-13/2026", other);
        InspectionsWorld.awaitHeadSees(head, mine);

        InspectionsWorld.unitHead(head)
                .get(PATH + "/" + theirs)
                .then()
                .statusCode(404)
                .body("detail", equalTo("No inspection " + theirs + "."));
        InspectionsWorld.unitHead(head)
                .get(PATH + "/" + theirs + "/findings")
                .then()
                .statusCode(404);
        InspectionsWorld.unitHead(head)
                .get(PATH + "/" + mine + "/findings")
                .then()
                .statusCode(200);
        InspectionsWorld.unitHead(head)
                .get(PATH + "?limit=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.id", not(hasItem(theirs.toString())));
        InspectionsWorld.unitHead(head).get(PATH + "?unit=" + other).then().body("items", equalTo(List.of()));
        // a unit head's token without an officer id heads nothing
        vn.customs.testkit.TestTokens.as(Roles.UNIT_HEAD)
                .get(PATH + "/" + mine)
                .then()
                .statusCode(404);
        for (String role : List.of(Roles.INSPECTOR, Roles.AUDITOR, Roles.DASHBOARD)) {
            InspectionsWorld.as(role).get(PATH + "/" + theirs).then().statusCode(200);
        }
    }
}
