package vn.customs.testkit;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.junit.jupiter.api.Assumptions;
import vn.customs.localinfra.EmbeddedKafkaBroker;

/**
 * Lets a test take the Kafka broker away and bring it back, to prove that nothing accepted is lost meanwhile.
 * Only the broker the test kit runs in the test JVM can be stopped; against an external broker or a container
 * such tests are skipped (and say why).
 *
 * <p>The test resource and the tests run in one JVM but may see different class loaders, so the broker is
 * reached through the platform MBean server, which every class loader shares.
 */
public final class KafkaOutage {

    /** The operations a test may perform on the embedded broker. */
    public interface BrokerControlMBean {
        void pause();

        void resume();
    }

    private static final String NAME = "vn.customs.testkit:type=EmbeddedKafka";

    private KafkaOutage() {}

    static void register(EmbeddedKafkaBroker broker) {
        BrokerControlMBean control = new BrokerControlMBean() {
            @Override
            public void pause() {
                broker.pause();
            }

            @Override
            public void resume() {
                broker.resume();
            }
        };
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new StandardMBean(control, BrokerControlMBean.class), name);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the embedded broker's control", e);
        }
    }

    /** Stops the broker; the test must {@link #end()} it (in a finally block). */
    public static void begin() {
        invoke("pause");
    }

    /** Starts the broker again on the same port and data. */
    public static void end() {
        invoke("resume");
    }

    private static void invoke(String operation) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            Assumptions.assumeTrue(server.isRegistered(name), "needs the test kit's embedded Kafka broker");
            server.invoke(name, operation, new Object[0], new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot " + operation + " the embedded Kafka broker", e);
        }
    }
}
