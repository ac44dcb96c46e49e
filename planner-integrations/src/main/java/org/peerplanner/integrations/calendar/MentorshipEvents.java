package org.peerplanner.integrations.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.peerplanner.domain.mentoring.MentorshipSeries;
import org.peerplanner.domain.mentoring.MentorshipState;
import org.peerplanner.domain.mentoring.Rhythm;

/**
 * A mentorship's meetings as ONE recurring event in the mentor's zone: weekly or fortnightly on the agreed weekday,
 * monthly on the same weekday of the month. A pause skips its meetings (EXDATE); an ending stops the series the day
 * before (UNTIL), so the meetings that took place stay in both calendars. A mentorship that ends before its first
 * meeting has no series left: empty.
 */
public final class MentorshipEvents {

    private MentorshipEvents() {
    }

    public static Optional<CalendarEvent> event(MentorshipSeries series, LocalDate today) {
        var plan = series.plan();
        ZonedDateTime start = plan.startsOn().with(TemporalAdjusters.nextOrSame(plan.weekday()))
                .atTime(plan.time()).atZone(series.zone());
        LocalDate until = null;
        if (!series.state().running()) {
            until = series.endedOn().minusDays(1);
            if (until.isBefore(start.toLocalDate())) {
                return Optional.empty();
            }
        }
        var skipped = new TreeSet<LocalDate>();
        if (series.state() == MentorshipState.PAUSED && series.pausedUntil() != null) {
            for (var day = start.toLocalDate(); !day.isAfter(series.pausedUntil()); day = next(day, plan.rhythm(), start)) {
                if (!day.isBefore(today)) {
                    skipped.add(day);
                }
            }
        }
        var recurrence = switch (plan.rhythm()) {
            case WEEKLY -> new Recurrence(Recurrence.Every.WEEK, 1, until, skipped);
            case BIWEEKLY -> new Recurrence(Recurrence.Every.WEEK, 2, until, skipped);
            case MONTHLY -> new Recurrence(Recurrence.Every.MONTH_ON_WEEKDAY, 1, until, skipped);
        };
        var mentor = new Person(series.mentorName(), series.mentorEmail());
        var attendees = List.of(
                new Attendee(series.mentorName(), series.mentorEmail(), Attendee.Role.CHAIR, Attendee.PartStat.ACCEPTED, false),
                new Attendee(series.menteeName(), series.menteeEmail(), Attendee.Role.REQ_PARTICIPANT, null, true));
        return Optional.of(new CalendarEvent("mentorship-" + series.id() + "@peer-planner", series.sequence(), start,
                Duration.ofMinutes(plan.durationMinutes()), "Mentoring: " + series.goal(),
                series.mentorName() + " and " + series.menteeName() + " meet " + plan.rhythm().label().toLowerCase()
                        + " on " + series.goal() + ".",
                plan.videoLink(), null, mentor, attendees, List.of("Mentoring"), null,
                CalendarEvent.DEFAULT_ALARM_MINUTES, series.changedAt(), recurrence));
    }

    private static LocalDate next(LocalDate day, Rhythm rhythm, ZonedDateTime start) {
        return switch (rhythm) {
            case WEEKLY -> day.plusWeeks(1);
            case BIWEEKLY -> day.plusWeeks(2);
            case MONTHLY -> day.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(
                    Math.min((start.getDayOfMonth() - 1) / 7 + 1, 4), start.getDayOfWeek()));
        };
    }
}
