package vn.customs.hotline.domain.directory;

import java.util.Optional;
import vn.customs.platform.domain.UnitCode;

/** The published directory: one entry a unit. */
public interface HotlineDirectory {

    Optional<HotlineEntry> find(UnitCode unitCode);

    void add(HotlineEntry entry);

    /** Takes a unit's entry out of the directory (the audit trail keeps that it was there). */
    void remove(HotlineEntry entry);

    /** Writes pending changes, so that the new version is known before the answer is built. */
    void flush();
}
