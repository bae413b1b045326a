package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A finished pause of the charter clock, while the declaration waited on the declarant. */
@Embeddable
public record ClockPause(Instant startedAt, Instant endedAt) {}
