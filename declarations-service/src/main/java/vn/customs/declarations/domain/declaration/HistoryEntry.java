package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One line of a declaration's append-only history: who did what, when, and the state before and after. */
@Embeddable
public record HistoryEntry(
        Instant at,
        String actor,
        String action,
        @Enumerated(EnumType.STRING) DeclarationStatus fromStatus,
        @Enumerated(EnumType.STRING) DeclarationStatus toStatus,
        String note) {}
