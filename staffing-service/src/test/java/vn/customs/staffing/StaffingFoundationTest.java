package vn.customs.staffing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import vn.customs.testkit.CustomsTestInfrastructure;
import vn.customs.testkit.ServiceFoundationTest;

/**
 * The staffing service starts on its own real PostgreSQL database and a real Kafka broker. The test resource
 * declared here applies to every test of this module (it is not restricted to this class).
 */
@QuarkusTest
@QuarkusTestResource(
        value = CustomsTestInfrastructure.class,
        initArgs = @ResourceArg(name = CustomsTestInfrastructure.DATABASE, value = "staffing"))
class StaffingFoundationTest extends ServiceFoundationTest {

    StaffingFoundationTest() {
        super("staffing");
    }
}
