package org.peerplanner.integrations.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A whole-day entry, such as an action item's due date. It has no time zone: the date is the same for every viewer.
 * Shown as free time, so it never blocks anyone's calendar.
 */
public record AllDayEvent(
        String uid, int sequence, LocalDate date, String summary, String description, String url,
        Instant lastModified) {

    public AllDayEvent {
        uid = Texts.requireText(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        Objects.requireNonNull(date, "date");
        summary = Objects.requireNonNullElse(summary, "");
    }
}
