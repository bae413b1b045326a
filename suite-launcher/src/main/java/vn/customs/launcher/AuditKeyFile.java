package vn.customs.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local run's audit sealing keys: one random 32-byte key per service in {@code .suite/keys/audit-<service>.key},
 * made at the first start and kept, so that the seals of a kept database still verify after a restart. Readable by
 * the owner only, where the file system allows it.
 */
final class AuditKeyFile {

    private AuditKeyFile() {}

    /** The service's key as base64, made now if it does not exist yet. */
    static String read(Path keys, String service) {
        Path file = keys.resolve("audit-" + service + ".key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(keys);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the user's profile directory already keeps it private
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the audit key " + file, e);
        }
    }
}
