package vn.customs.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal the audit trail: the current one, which seals, and the retired ones, which only verify. A key
 * shorter than 32 bytes stops the service at start.
 */
@ApplicationScoped
public class AuditKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();

    AuditKeys(AuditConfig config) {
        this.currentId = config.hmacKeyId();
        add(currentId, config.hmacKey());
        config.previousHmacKeys()
                .ifPresent(previous -> previous.forEach(item -> {
                    int colon = item.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException(
                                "customs.audit.previous-hmac-keys holds id:base64 items; one item has no id");
                    }
                    add(
                            item.substring(0, colon).trim(),
                            item.substring(colon + 1).trim());
                }));
    }

    private void add(String id, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The audit key " + id + " is not base64", e);
        }
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The audit key " + id + " has " + secret.length + " bytes; at least "
                    + MIN_KEY_BYTES + " are needed");
        }
        keys.put(id, new SecretKeySpec(secret, ALGORITHM));
    }

    public String currentId() {
        return currentId;
    }

    /** HMAC-SHA256 of the bytes under the named key, in hex; empty when this service does not hold that key. */
    Optional<String> mac(String keyId, byte[] data) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(data)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    String seal(byte[] data) {
        return mac(currentId, data).orElseThrow();
    }
}
