package vn.customs.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The run's working directory under target/: made fresh at each run, so no data of an earlier run is reused. */
final class WorkDirectory {

    private WorkDirectory() {}

    /** A fresh working directory: the database, broker and key files of an earlier run are dropped. */
    static void recreate(Path directory) {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear " + directory, e);
            }
        }
        create(directory);
    }

    static void create(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
