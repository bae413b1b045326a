package vn.customs.hotline.domain.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.customs.hotline.domain.staffing.Posting;
import vn.customs.hotline.domain.staffing.PostingHistory;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * The conflicts of interest that bar an officer from handling (receiving, verifying, deciding) a report about a
 * unit and, when known, an officer, judged from staffing's postings as this service knows them. The lookback
 * window is the last {@code lookbackYears} years up to {@code today}, both days included; postings already
 * announced for a later day count too (an officer about to join the accused unit is not a neutral handler).
 */
public final class HandlerConflicts {

    /**
     * Every conflict of {@code handler}, empty when he may handle the report.
     *
     * @param accusedUnit the unit the report is about: postings there or at any unit below it count
     * @param accusedOfficer the officer the report accuses, when known
     * @param lookbackYears how many years back a posting still counts (0: only postings covering today or later)
     */
    public List<Conflict> of(
            OfficerId handler,
            UnitCode accusedUnit,
            Optional<OfficerId> accusedOfficer,
            LocalDate today,
            int lookbackYears,
            UnitDirectory units,
            PostingHistory postings) {
        if (lookbackYears < 0) {
            throw new IllegalArgumentException("lookbackYears must not be negative: " + lookbackYears);
        }
        LocalDate since = today.minusYears(lookbackYears);
        List<Conflict> conflicts = new ArrayList<>();
        if (accusedOfficer.isPresent() && accusedOfficer.get().equals(handler)) {
            conflicts.add(new Conflict(Conflict.Code.IS_THE_ACCUSED, "The handler is the accused officer."));
        }
        List<Posting> handlerPostings = postings.ofOfficer(handler);
        Set<UnitCode> accusedUnits = units.withDescendants(accusedUnit);
        for (Posting posting : handlerPostings) {
            if (accusedUnits.contains(posting.unit()) && posting.overlaps(since, null)) {
                conflicts.add(new Conflict(
                        Conflict.Code.POSTED_AT_ACCUSED_UNIT,
                        "Posted at unit " + posting.unit()
                                + (posting.unit().equals(accusedUnit)
                                        ? ""
                                        : " (under the accused unit " + accusedUnit + ")")
                                + " " + posting.period() + ", within the last " + lookbackYears + " years (since "
                                + since + ")."));
            }
        }
        if (accusedOfficer.isPresent() && !accusedOfficer.get().equals(handler)) {
            conflicts.addAll(shared(handlerPostings, postings.ofOfficer(accusedOfficer.get()), since, lookbackYears));
        }
        return List.copyOf(conflicts);
    }

    /** The handler's postings that overlapped one of the accused officer's at the same unit since {@code since}. */
    private static List<Conflict> shared(
            List<Posting> handlerPostings, List<Posting> accusedPostings, LocalDate since, int lookbackYears) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Posting mine : handlerPostings) {
            for (Posting theirs : accusedPostings) {
                if (!mine.unit().equals(theirs.unit())) {
                    continue;
                }
                LocalDate start = later(mine.from(), theirs.from());
                LocalDate end = earlier(mine.to(), theirs.to());
                boolean together = end == null || !end.isBefore(start);
                if (together && (end == null || !end.isBefore(since))) {
                    conflicts.add(new Conflict(
                            Conflict.Code.SHARED_POSTING_WITH_ACCUSED,
                            "Posted at unit " + mine.unit() + " together with the accused officer from " + start
                                    + (end == null ? ", still together" : " to " + end) + ", within the last "
                                    + lookbackYears + " years (since " + since + ")."));
                }
            }
        }
        return conflicts;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two ends, where null is an open end (later than any day). */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
