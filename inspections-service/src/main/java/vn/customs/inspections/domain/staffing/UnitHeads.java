package vn.customs.inspections.domain.staffing;

import java.time.LocalDate;
import java.util.Optional;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * Who headed each unit when, from staffing's {@code UnitHeadChanged} events: the head on the day of a violation
 * answers for it, not today's head.
 */
public interface UnitHeads {

    /** The head of {@code unit} on {@code day}; empty while the post was vacant or before anything is known. */
    Optional<OfficerId> headOn(UnitCode unit, LocalDate day);
}
