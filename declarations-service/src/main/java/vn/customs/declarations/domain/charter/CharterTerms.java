package vn.customs.declarations.domain.charter;

import java.time.Duration;
import java.util.Objects;

/**
 * The committed processing time of each risk channel, in working time. The channel is named by its text
 * ({@code GREEN}, {@code YELLOW}, {@code RED}) so that the clock does not depend on how channels are selected.
 */
public record CharterTerms(Duration green, Duration yellow, Duration red) {

    public CharterTerms {
        requirePositive(green, "green");
        requirePositive(yellow, "yellow");
        requirePositive(red, "red");
    }

    /**
     * The terms of Customs Law 2014 art. 23(1): the dossier is checked within 2 working hours of being complete
     * (green and yellow), goods are physically inspected within 8 working hours of being presented (red). Green
     * declarations are cleared on the electronic dossier, so 2 hours is a bound they normally meet at once.
     */
    public static CharterTerms law() {
        return new CharterTerms(Duration.ofHours(2), Duration.ofHours(2), Duration.ofHours(8));
    }

    /**
     * The committed time of {@code channel}.
     *
     * @throws IllegalArgumentException unless {@code channel} is exactly {@code GREEN}, {@code YELLOW} or {@code RED}
     */
    public Duration committedFor(String channel) {
        if (channel == null) {
            throw new IllegalArgumentException("A channel is GREEN, YELLOW or RED, but was null.");
        }
        return switch (channel) {
            case "GREEN" -> green;
            case "YELLOW" -> yellow;
            case "RED" -> red;
            default ->
                throw new IllegalArgumentException("A channel is GREEN, YELLOW or RED, but was '" + channel + "'.");
        };
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(
                    "The committed time of " + name + " must be positive, but was " + duration + ".");
        }
    }
}
