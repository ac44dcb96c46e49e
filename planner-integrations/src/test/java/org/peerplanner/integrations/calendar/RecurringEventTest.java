package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.integrations.calendar.Sessions.LOS_ANGELES;

import biweekly.ICalendar;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * A mentoring pair's rhythm as ONE repeating event: what both parsers expand it to must be the same local time on
 * every occurrence, on both sides of a clock change, without the skipped day and not past the end.
 */
class RecurringEventTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final FeedHeader PAIR = new FeedHeader("Mentoring", LOS_ANGELES, Sessions.ORGANIZER, null);

    private final CalendarWriter writer = new CalendarWriter(Sessions.CLOCK);

    @Test
    void aWeeklyRhythmKeepsItsLocalNoonAcrossTheClockChangeSkipsTheExceptionAndEnds() {
        // Tuesdays at noon in Los Angeles; clocks go back on Sunday 1 November 2026; 20 October is skipped
        CalendarEvent pair = mentoring(LocalDateTime.of(2026, 10, 6, 12, 0), LOS_ANGELES).repeating(
                new Recurrence(Recurrence.Every.WEEK, 1, LocalDate.of(2026, 11, 17),
                        new TreeSet<>(List.of(LocalDate.of(2026, 10, 20)))));

        String ics = writer.feed(PAIR, List.of(pair), List.of());

        List<LocalDateTime> expected = noon(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13),
                LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 17));
        assertThat(Ics.unfoldedLines(ics)).contains("RRULE:FREQ=WEEKLY;UNTIL=20261117T200000Z",
                "EXDATE;TZID=America/Los_Angeles:20261020T120000");
        assertThat(withIcal4j(ics)).isEqualTo(expected);
        assertThat(withBiweekly(ics)).isEqualTo(expected);
    }

    @Test
    void aFortnightlyRhythmWithoutAnEndRepeats() {
        CalendarEvent pair = mentoring(LocalDateTime.of(2026, 10, 6, 12, 0), LOS_ANGELES).repeating(
                new Recurrence(Recurrence.Every.WEEK, 2, null, null));

        String ics = writer.invite(pair);

        assertThat(Ics.unfoldedLines(ics)).contains("RRULE:FREQ=WEEKLY;INTERVAL=2");
        var expected = noon(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 3))
                .toArray(LocalDateTime[]::new);
        assertThat(withBiweekly(ics)).startsWith(expected);
        assertThat(withIcal4j(ics)).startsWith(expected);
    }

    @Test
    void aMonthlyRhythmOnTheSecondTuesdayKeepsItsLocalTimeAcrossTheSpringChange() {
        // 9:30 in Berlin on the second Tuesday; clocks go forward on Sunday 29 March 2026
        CalendarEvent pair = mentoring(LocalDateTime.of(2026, 2, 10, 9, 30), BERLIN).repeating(
                new Recurrence(Recurrence.Every.MONTH_ON_WEEKDAY, 1, LocalDate.of(2026, 5, 31),
                        new TreeSet<>(List.of(LocalDate.of(2026, 4, 14)))));

        String ics = writer.invite(pair);

        List<LocalDateTime> expected = List.of(LocalDateTime.of(2026, 2, 10, 9, 30),
                LocalDateTime.of(2026, 3, 10, 9, 30), LocalDateTime.of(2026, 5, 12, 9, 30));
        assertThat(Ics.unfoldedLines(ics)).contains("RRULE:FREQ=MONTHLY;UNTIL=20260531T073000Z;BYDAY=2TU");
        assertThat(withIcal4j(ics)).isEqualTo(expected);
        assertThat(withBiweekly(ics)).isEqualTo(expected);
    }

    @Test
    void aMonthlyRhythmOnADate() {
        CalendarEvent pair = mentoring(LocalDateTime.of(2026, 9, 14, 16, 0), BERLIN).repeating(
                new Recurrence(Recurrence.Every.MONTH_ON_DATE, 1, LocalDate.of(2026, 12, 14), null));

        String ics = writer.invite(pair);

        List<LocalDateTime> expected = List.of(LocalDateTime.of(2026, 9, 14, 16, 0),
                LocalDateTime.of(2026, 10, 14, 16, 0), LocalDateTime.of(2026, 11, 14, 16, 0),
                LocalDateTime.of(2026, 12, 14, 16, 0));
        assertThat(withIcal4j(ics)).isEqualTo(expected);
        assertThat(withBiweekly(ics)).isEqualTo(expected);
    }

    private static CalendarEvent mentoring(LocalDateTime start, ZoneId zone) {
        return new CalendarEvent("mentoring-3@peer-planner", 0, start.atZone(zone), Duration.ofMinutes(45),
                "Mentoring: Aisha and Jonas", null, null, null, Sessions.ORGANIZER, List.of(Sessions.MEMBER),
                null, null, 15, Sessions.EDITED);
    }

    private static List<LocalDateTime> noon(LocalDate... days) {
        return java.util.Arrays.stream(days).map(d -> d.atTime(12, 0)).toList();
    }

    /**
     * Occurrences as biweekly expands them, as local times in the event's zone (the instants follow from the zone,
     * which CalendarTimeZoneTest checks); at most a year's worth.
     */
    private static List<LocalDateTime> withBiweekly(String ics) {
        ICalendar calendar = Ics.read(ics);
        var event = calendar.getEvents().getFirst();
        String tzid = calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
                .getValue();
        TimeZone zone = TimeZone.getTimeZone(tzid);
        List<LocalDateTime> all = new ArrayList<>();
        for (DateIterator it = event.getDateIterator(zone); it.hasNext() && all.size() < 53; ) {
            all.add(it.next().toInstant().atZone(zone.toZoneId()).toLocalDateTime());
        }
        return all;
    }

    /**
     * Occurrences as iCal4j expands them within a year and a half, as local times: iCal4j turns a VTIMEZONE into
     * zone rules relative to the JVM's clock (ZoneRulesBuilder reads Instant.now()), which a test must not depend on.
     */
    private static List<LocalDateTime> withIcal4j(String ics) {
        Calendar calendar = Ics.assertIcal4jValid(ics);
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        var from = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC"));
        var period = new Period<>(from, from.plusMonths(18));
        return event.<ZonedDateTime>calculateRecurrenceSet(period).stream()
                .map(p -> p.getStart().toLocalDateTime()).sorted().toList();
    }
}
