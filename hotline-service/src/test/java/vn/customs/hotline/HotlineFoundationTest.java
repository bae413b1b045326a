package vn.customs.hotline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import vn.customs.testkit.CustomsTestInfrastructure;
import vn.customs.testkit.ServiceFoundationTest;

/**
 * The hotline service starts on its own real PostgreSQL database and a real Kafka broker. The test resource
 * declared here applies to every test of this module (it is not restricted to this class).
 */
@QuarkusTest
@QuarkusTestResource(
        value = CustomsTestInfrastructure.class,
        initArgs = @ResourceArg(name = CustomsTestInfrastructure.DATABASE, value = "hotline"))
class HotlineFoundationTest extends ServiceFoundationTest {

    HotlineFoundationTest() {
        super("hotline");
    }
}
