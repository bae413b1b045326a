package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.customs.hotline.domain.directory.DirectoryContent;
import vn.customs.hotline.domain.directory.HotlineDirectory;
import vn.customs.hotline.domain.directory.HotlineEntry;
import vn.customs.hotline.domain.directory.Revision;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.StaleVersionException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;

/**
 * A handler publishes a unit's hotline in the directory, revises what is published, or withdraws it. Each change is audited by the
 * names of the fields it changed (the numbers and addresses are the unit's, but the audit keeps no text it need not).
 */
@ApplicationScoped
public class PublishHotline {

    private final HotlineDirectory directory;
    private final AuditTrail audit;
    private final Today today;

    PublishHotline(HotlineDirectory directory, AuditTrail audit, Today today) {
        this.directory = directory;
        this.audit = audit;
        this.today = today;
    }

    /**
     * The unit's first entry. Its caller expected none ({@code If-None-Match: *}, or no {@code If-Match}): an entry
     * published meanwhile is a 412, and is not overwritten.
     */
    @Transactional
    public HotlineEntry publish(UnitCode unitCode, DirectoryContent content) {
        directory.find(unitCode).ifPresent(existing -> {
            throw new StaleVersionException(existing.version());
        });
        HotlineEntry entry = HotlineEntry.publish(TimeOrderedIds.next(), unitCode, content, today.now());
        directory.add(entry);
        audit.record(
                "publish-hotline",
                "hotline",
                unitCode.value(),
                Map.of("level", content.level().name(), "fields", published(content)));
        return entry;
    }

    /**
     * Replaces the unit's entry, at the version its caller read. An entry that does not exist matches no version
     * (412), as HTTP has it for {@code If-Match}.
     */
    @Transactional
    public HotlineEntry revise(UnitCode unitCode, ExpectedVersion expected, DirectoryContent content) {
        HotlineEntry entry = directory.find(unitCode).orElseThrow(() -> new StaleVersionException(0));
        expected.requireMatches(entry.version());
        Revision revision = entry.revise(content, today.now());
        if (!revision.isEmpty()) {
            directory.flush();
            audit.record("revise-hotline", "hotline", unitCode.value(), Map.of("changed", revision.changed()));
        }
        return entry;
    }

    /**
     * Takes the unit's entry out of the directory (a gate that closed, a line no longer staffed), at the version its
     * caller read; an entry that does not exist matches no version (412).
     */
    @Transactional
    public void withdraw(UnitCode unitCode, ExpectedVersion expected) {
        HotlineEntry entry = directory.find(unitCode).orElseThrow(() -> new StaleVersionException(0));
        expected.requireMatches(entry.version());
        directory.remove(entry);
        audit.record(
                "withdraw-hotline",
                "hotline",
                unitCode.value(),
                Map.of("level", entry.level().name()));
    }

    private static List<String> published(DirectoryContent content) {
        List<String> fields = new ArrayList<>(List.of("unitName", "hours"));
        if (!content.phones().isEmpty()) {
            fields.add("phones");
        }
        if (content.email() != null) {
            fields.add("email");
        }
        if (content.web() != null) {
            fields.add("webAddress");
        }
        if (content.note() != null) {
            fields.add("note");
        }
        return fields;
    }
}
