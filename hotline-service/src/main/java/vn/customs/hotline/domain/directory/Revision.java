package vn.customs.hotline.domain.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which parts of a directory entry a revision changed, by their names in the API ({@code phones}, {@code hours}). */
public record Revision(List<String> changed) {

    public Revision {
        changed = List.copyOf(changed);
    }

    static Revision between(DirectoryContent before, DirectoryContent after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "level", before.level(), after.level());
        compare(changed, "unitName", before.unitName(), after.unitName());
        compare(changed, "phones", before.phones(), after.phones());
        compare(changed, "email", before.email(), after.email());
        compare(changed, "webAddress", before.web(), after.web());
        compare(changed, "hours", before.hours(), after.hours());
        compare(changed, "note", before.note(), after.note());
        return new Revision(changed);
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    /** Nothing changed: the same content was sent again. */
    public boolean isEmpty() {
        return changed.isEmpty();
    }
}
