package vn.customs.hotline.domain.report;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * What the reporter says: which kind of report, what happened, at which unit and when, who did it (an officer's id
 * when known, else a description such as "the officer at counter 2 on 3 March at 10:00"), the declaration concerned,
 * and his own words. The words stay in this service's database; no event, log or problem carries them.
 */
@Embeddable
public record ReportFacts(
        @Enumerated(EnumType.STRING) ReportKind kind,
        @Enumerated(EnumType.STRING) ReportCategory category,
        UnitCode unitCode,
        Instant happenedAt,
        OfficerId accusedOfficerId,
        String accusedDescription,
        String declarationNumber,
        String text) {

    public static final int MAX_TEXT = 8000;
    public static final int MAX_DESCRIPTION = 500;

    public ReportFacts {
        if (kind == null || category == null || unitCode == null) {
            throw new IllegalArgumentException("a report names its kind, its category and its unit");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a report says what happened");
        }
        text = text.strip();
        accusedDescription =
                accusedDescription == null || accusedDescription.isBlank() ? null : accusedDescription.strip();
    }

    /** The same facts, with the accused officer a handler confirmed. */
    public ReportFacts withAccused(OfficerId officer) {
        return new ReportFacts(
                kind, category, unitCode, happenedAt, officer, accusedDescription, declarationNumber, text);
    }
}
