package org.peerplanner.integrations.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A timed calendar entry (a learning session), independent of how sessions are stored.
 *
 * @param uid                stable across updates and cancellation, e.g. {@code session-42@peerplanner.org}
 * @param sequence           raised by the caller whenever the organizer changes date, time or place
 * @param start              in the team's zone; the zone is what the calendar shows as the event's time zone
 * @param summary            the title as users see it, e.g. "Lunch & Learn: Kafka consumer groups"
 * @param description        plain text, line breaks allowed; may be null
 * @param location           may be null
 * @param url                link back to the session page; may be null
 * @param organizer          required for invites and cancellations; may be null in feeds
 * @param attendees          may be empty
 * @param categories         e.g. the session format's label; may be empty
 * @param status             null means {@link EventStatus#CONFIRMED}
 * @param alarmMinutesBefore reminder before the start (the team's setting, {@link #DEFAULT_ALARM_MINUTES} by
 *                           default); null for no reminder
 * @param lastModified       when the session was last changed; may be null. A feed uses it as the DTSTAMP too, so
 *                           the same content gives the same bytes
 * @param recurrence         how the event repeats from {@code start}; null for a single event
 */
public record CalendarEvent(
        String uid,
        int sequence,
        ZonedDateTime start,
        Duration duration,
        String summary,
        String description,
        String location,
        String url,
        Person organizer,
        List<Attendee> attendees,
        List<String> categories,
        EventStatus status,
        Integer alarmMinutesBefore,
        Instant lastModified,
        Recurrence recurrence) {

    public static final int DEFAULT_ALARM_MINUTES = 15;

    public CalendarEvent {
        uid = Texts.requireText(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
        summary = Objects.requireNonNullElse(summary, "");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        categories = categories == null ? List.of() : List.copyOf(categories);
        status = status == null ? EventStatus.CONFIRMED : status;
        if (alarmMinutesBefore != null && alarmMinutesBefore < 0) {
            throw new IllegalArgumentException("alarmMinutesBefore must not be negative: " + alarmMinutesBefore);
        }
    }

    /** A single (not repeating) event. */
    public CalendarEvent(String uid, int sequence, ZonedDateTime start, Duration duration, String summary,
                         String description, String location, String url, Person organizer, List<Attendee> attendees,
                         List<String> categories, EventStatus status, Integer alarmMinutesBefore,
                         Instant lastModified) {
        this(uid, sequence, start, duration, summary, description, location, url, organizer, attendees, categories,
                status, alarmMinutesBefore, lastModified, null);
    }

    /** The same event repeating by the given rule. */
    public CalendarEvent repeating(Recurrence rule) {
        return new CalendarEvent(uid, sequence, start, duration, summary, description, location, url, organizer,
                attendees, categories, status, alarmMinutesBefore, lastModified, rule);
    }

    public ZonedDateTime end() {
        return start.plus(duration);
    }

    /** The same event, cancelled, with the sequence raised by one: what {@link CalendarWriter#cancellation} wants. */
    public CalendarEvent cancelled(Instant now) {
        return new CalendarEvent(uid, sequence + 1, start, duration, summary, description, location, url, organizer,
                attendees, categories, EventStatus.CANCELLED, alarmMinutesBefore, now, recurrence);
    }
}
