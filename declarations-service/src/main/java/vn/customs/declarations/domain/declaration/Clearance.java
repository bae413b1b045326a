package vn.customs.declarations.domain.declaration;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.customs.contracts.Event;
import vn.customs.contracts.declarations.CharterBreached;
import vn.customs.contracts.declarations.DeclarationCleared;

/**
 * What clearing a declaration causes: its clearance, and its breach when the clock ran out before and the watch has
 * not announced it yet (the watch then never will: the clock is stopped and the breach recorded).
 */
public record Clearance(DeclarationCleared cleared, Optional<CharterBreached> breach) {

    /** The events to publish, in the order they happened: the breach first. */
    public List<Event> events() {
        return Stream.concat(breach.stream(), Stream.of(cleared))
                .map(Event.class::cast)
                .toList();
    }
}
