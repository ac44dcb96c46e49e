package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One session date: the local date and the exact start in the team's zone (DST-correct). */
public record ScheduledSlot(LocalDate date, ZonedDateTime start, int minutes) {

    public ZonedDateTime end() {
        return start.plusMinutes(minutes);
    }
}
