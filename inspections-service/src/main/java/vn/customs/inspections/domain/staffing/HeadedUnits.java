package vn.customs.inspections.domain.staffing;

import java.time.LocalDate;
import java.util.Set;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** Which units an officer heads, from staffing's {@code UnitHeadChanged} events: a unit head reads his own units. */
public interface HeadedUnits {

    /** The units {@code officer} heads on {@code day} (those whose latest head change up to that day names him). */
    Set<UnitCode> headedBy(OfficerId officer, LocalDate day);
}
