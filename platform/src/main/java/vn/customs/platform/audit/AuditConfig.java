package vn.customs.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the audit trail is sealed and anchored; {@code customs.audit.*}. */
@ConfigMapping(prefix = "customs.audit")
public interface AuditConfig {

    /**
     * The key new seals are computed with (HMAC-SHA256), base64, at least 32 bytes. It is kept out of the database
     * (the environment or a secret store in production), so that whoever can write the database cannot forge a seal.
     */
    String hmacKey();

    /** The key's name, stored with every seal it makes; a new name for a new key. */
    String hmacKeyId();

    /**
     * Keys retired by a rotation, as {@code id:base64} items: verification still needs them for the seals they made.
     */
    Optional<List<String>> previousHmacKeys();

    /** How often the chain head is published to the checkpoint topic. */
    @WithDefault("PT30S")
    Duration checkpointEvery();

    /** The topic of the chain head checkpoints; by default {@code customs.<service>.audit-checkpoints.v1}. */
    Optional<String> checkpointTopic();

    /**
     * The longest an entry may stay unsealed (the sealer runs every second): an older unsealed entry means that it
     * was taken off the sealer's queue, and verification says so.
     */
    @WithDefault("PT5M")
    Duration sealWithin();
}
