package vn.customs.testkit.wiring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row the wiring probe writes through Panache in the service's own database, and marks when its Kafka record
 * has made the round trip through the broker. Test-only: it proves the wiring, not any business rule.
 */
@Entity
@Table(name = "testkit_wiring_probe")
public class WiringProbe extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "echoed_at")
    private Instant echoedAt;

    protected WiringProbe() {}

    WiringProbe(UUID id, String note, Instant createdAt) {
        this.id = id;
        this.note = note;
        this.createdAt = createdAt;
    }

    void markEchoed(Instant at) {
        if (echoedAt == null) {
            echoedAt = at;
        }
    }

    UUID id() {
        return id;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant echoedAt() {
        return echoedAt;
    }
}
