package vn.customs.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.customs.testkit.CustomsTestInfrastructure;

/** The platform's own tests run on a real PostgreSQL database and a real Kafka broker, like any service's. */
@QuarkusTestResource(
        value = CustomsTestInfrastructure.class,
        initArgs = @ResourceArg(name = CustomsTestInfrastructure.DATABASE, value = "platform"))
public class PlatformTestInfrastructure {}
