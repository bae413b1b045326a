package vn.customs.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret of the local run kept in a file of {@code .suite/keys}: made at the first start and read at every later
 * one, so that what a kept database holds (audit seals, sealed identities, signed proofs) still verifies or opens
 * after a restart. Readable by the owner only, where the file system allows it. The launcher passes the value to the
 * service's environment and never prints it.
 */
final class KeptKeyFile {

    private KeptKeyFile() {}

    /** The file's content, made with {@code make} now if the file does not exist yet. */
    static String read(Path file, Supplier<String> make) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, make.get(), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the user's profile directory already keeps it private
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the key file " + file, e);
        }
    }
}
