package org.peerplanner.integrations.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How an event repeats (a mentoring pair's rhythm, say): one VEVENT with an RRULE instead of one per occurrence, so
 * a calendar shows the series as one and a change reaches every occurrence at once.
 *
 * @param every      the rhythm
 * @param interval   every {@code interval} weeks or months: 2 for fortnightly
 * @param until      the last day an occurrence may fall on, in the event's zone; null for no end
 * @param exceptions days whose occurrence is skipped (EXDATE), in the event's zone
 */
public record Recurrence(Every every, int interval, LocalDate until, SortedSet<LocalDate> exceptions) {

    public Recurrence {
        Objects.requireNonNull(every, "every");
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1: " + interval);
        }
        exceptions = exceptions == null ? new TreeSet<>() : new TreeSet<>(exceptions);
        exceptions = java.util.Collections.unmodifiableSortedSet(exceptions);
    }

    /** The rhythms a rule can follow. */
    public enum Every {
        /** On the start's weekday, every {@code interval} weeks. */
        WEEK,
        /** On the start's day of the month (the 14th), every {@code interval} months. */
        MONTH_ON_DATE,
        /** On the start's weekday at the same place in the month (the 2nd Tuesday), every {@code interval} months. */
        MONTH_ON_WEEKDAY
    }
}
