package vn.customs.testkit.wiring;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the probe's records back from the broker and marks their rows: the return half of the round trip. */
@ApplicationScoped
public class WiringProbeEcho {

    @Incoming("testkit-wiring-in")
    @Blocking
    @Transactional
    public void echo(String probeId) {
        WiringProbe probe = WiringProbe.findById(UUID.fromString(probeId));
        if (probe != null) {
            probe.markEchoed(Instant.now());
        }
    }
}
