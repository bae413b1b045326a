package vn.customs.launcher;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local run's audit sealing keys: one random 32-byte key per service in {@code .suite/keys/audit-<service>.key},
 * made at the first start and kept, so that the seals of a kept database still verify after a restart.
 */
final class AuditKeyFile {

    private AuditKeyFile() {}

    /** The service's key as base64, made now if it does not exist yet. */
    static String read(Path keys, String service) {
        return KeptKeyFile.read(keys.resolve("audit-" + service + ".key"), () -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
    }
}
