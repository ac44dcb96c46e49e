package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.Objects;

/** Days without sessions (a holiday, a release week), both days inclusive. */
public record Blackout(LocalDate first, LocalDate last, String reason) {

    public Blackout {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A blackout ends on or after its first day: " + first + " – " + last);
        }
    }

    public static Blackout day(LocalDate day, String reason) {
        return new Blackout(day, day, reason);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
