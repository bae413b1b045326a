package vn.customs.inspections.domain.inspection;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** When each step of an inspection happened; null until it has. */
@Embeddable
public record Milestones(
        Instant createdAt,
        Instant decidedAt,
        LocalDate startedOn,
        LocalDate fieldworkEndedOn,
        Instant concludedAt,
        Instant closedAt) {

    static Milestones created(Instant at) {
        return new Milestones(at, null, null, null, null, null);
    }

    Milestones decided(Instant at) {
        return new Milestones(createdAt, at, startedOn, fieldworkEndedOn, concludedAt, closedAt);
    }

    Milestones started(LocalDate on) {
        return new Milestones(createdAt, decidedAt, on, fieldworkEndedOn, concludedAt, closedAt);
    }

    Milestones fieldworkEnded(LocalDate on) {
        return new Milestones(createdAt, decidedAt, startedOn, on, concludedAt, closedAt);
    }

    Milestones concluded(Instant at) {
        return new Milestones(createdAt, decidedAt, startedOn, fieldworkEndedOn, at, closedAt);
    }

    Milestones closed(Instant at) {
        return new Milestones(createdAt, decidedAt, startedOn, fieldworkEndedOn, concludedAt, at);
    }
}
