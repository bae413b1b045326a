package vn.customs.inspections.domain.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** Every posting this service knows from staffing's {@code OfficerPosted} and {@code PostingEnded} events. */
public interface PostingHistory {

    /** The officer's postings, ended and open, earliest first. */
    List<Posting> ofOfficer(OfficerId officer);

    /**
     * The postings at any of {@code units} that share at least one day with {@code from}–{@code to} (both
     * included), ordered by unit, post, officer and start.
     */
    List<Posting> atUnits(Set<UnitCode> units, LocalDate from, LocalDate to);

    /** The postings with {@code postFunction} (e.g. INSPECTION) open on {@code day}, ordered by officer. */
    List<Posting> withFunctionOn(String postFunction, LocalDate day);
}
