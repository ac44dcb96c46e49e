package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.integrations.calendar.Sessions.KOLKATA;
import static org.peerplanner.integrations.calendar.Sessions.LOS_ANGELES;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class CalendarTimeZoneTest {

    private static final Person PLANNER = new Person("Peer Planner", "no-reply@peerplanner.org");

    private final CalendarWriter writer = new CalendarWriter(Sessions.CLOCK);

    @Test
    void sessionsEitherSideOfTheClockChangeKeepTheirLocalNoon() {
        CalendarEvent beforeChange = Sessions.lunchAndLearn("s1@p", LocalDateTime.of(2026, 10, 27, 12, 0), LOS_ANGELES);
        CalendarEvent afterChange = Sessions.lunchAndLearn("s2@p", LocalDateTime.of(2026, 11, 3, 12, 0), LOS_ANGELES);

        String ics = writer.feed(new FeedHeader("Mobile Apps", LOS_ANGELES, PLANNER, null),
                List.of(beforeChange, afterChange), List.of());
        ICalendar calendar = Ics.read(ics);

        assertThat(Ics.start(Ics.event(calendar, "s1@p"))).isEqualTo(Instant.parse("2026-10-27T19:00:00Z"));
        assertThat(Ics.start(Ics.event(calendar, "s2@p"))).isEqualTo(Instant.parse("2026-11-03T20:00:00Z"));
        assertThat(Ics.unfoldedLines(ics)).contains(
                "DTSTART;TZID=America/Los_Angeles:20261027T120000", "DTEND;TZID=America/Los_Angeles:20261027T124500",
                "DTSTART;TZID=America/Los_Angeles:20261103T120000");

        VTimezone zone = calendar.getTimezoneInfo().getComponents().iterator().next();
        assertThat(zone.getTimezoneId().getValue()).isEqualTo("America/Los_Angeles");
        assertThat(zone.getDaylightSavingsTime()).isNotEmpty();
        assertThat(zone.getStandardTimes()).isNotEmpty();
        assertThat(Ics.unfoldedLines(ics)).containsSubsequence(
                "BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
                "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:20261101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
                "END:STANDARD");
    }

    @Test
    void theVtimezoneAloneGivesTheRightInstants() {
        // biweekly turns our VTIMEZONE into a TimeZone; it must agree with the JDK's rules on every day of the span.
        // (Noon, not every hour: biweekly's getOffset(long) misplaces the change itself by the offset's hours.)
        CalendarEvent session = Sessions.lunchAndLearn("s@p", LocalDateTime.of(2026, 10, 27, 12, 0), LOS_ANGELES);
        ICalendar calendar = Ics.read(writer.invite(session));
        TimeZone fromOurVtimezone = calendar.getTimezoneInfo().getTimezone(Ics.onlyEvent(calendar).getDateStart())
                .getTimeZone();

        ZonedDateTime t = ZonedDateTime.of(2026, 1, 1, 12, 0, 0, 0, LOS_ANGELES);
        for (; t.getYear() == 2026; t = t.plusDays(1)) {
            assertThat(fromOurVtimezone.getOffset(t.toInstant().toEpochMilli()))
                    .as("offset at %s", t).isEqualTo(t.getOffset().getTotalSeconds() * 1000);
        }
    }

    @Test
    void aViewerInKolkataSeesTheSameInstant() {
        CalendarEvent losAngelesSession = Sessions.lunchAndLearn();
        FeedHeader viewerInKolkata = new FeedHeader("My peer learning", KOLKATA, PLANNER, null);

        ICalendar calendar = Ics.read(writer.feed(viewerInKolkata, List.of(losAngelesSession), List.of()));

        VEvent event = Ics.onlyEvent(calendar);
        assertThat(Ics.start(event)).isEqualTo(losAngelesSession.start().toInstant());
        assertThat(Ics.start(event).atZone(KOLKATA).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 10, 28, 0, 30));
        assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
                .getValue()).as("the event keeps its team's zone").isEqualTo("America/Los_Angeles");
    }

    @Test
    void aZoneWithoutDaylightSavingGetsOneStandardObservance() {
        CalendarEvent session = Sessions.lunchAndLearn("k@p", LocalDateTime.of(2026, 10, 22, 17, 30), KOLKATA);

        String ics = writer.invite(session);
        ICalendar calendar = Ics.read(ics);

        assertThat(Ics.start(Ics.onlyEvent(calendar))).isEqualTo(Instant.parse("2026-10-22T12:00:00Z"));
        VTimezone zone = calendar.getTimezoneInfo().getComponents().iterator().next();
        assertThat(zone.getDaylightSavingsTime()).isEmpty();
        assertThat(zone.getStandardTimes()).hasSize(1);
        assertThat(Ics.unfoldedLines(ics)).contains("TZOFFSETTO:+0530");
    }

    @Test
    void eventsSpanningSeveralYearsGetEveryChangeInBetween() {
        CalendarEvent early = Sessions.lunchAndLearn("a@p", LocalDateTime.of(2024, 2, 6, 12, 0), LOS_ANGELES);
        CalendarEvent late = Sessions.lunchAndLearn("b@p", LocalDateTime.of(2027, 7, 6, 12, 0), LOS_ANGELES);

        String ics = writer.feed(new FeedHeader("Mobile Apps", LOS_ANGELES, PLANNER, null), List.of(early, late),
                List.of());
        ICalendar calendar = Ics.read(ics);

        assertThat(Ics.start(Ics.event(calendar, "a@p"))).isEqualTo(Instant.parse("2024-02-06T20:00:00Z"));
        assertThat(Ics.start(Ics.event(calendar, "b@p"))).isEqualTo(Instant.parse("2027-07-06T19:00:00Z"));
        // the change before 2024 plus two a year for 2024-2027
        assertThat(Ics.unfoldedLines(ics).stream().filter(l -> l.startsWith("TZOFFSETTO")).count()).isEqualTo(9);
    }

    @Test
    void theRepeatedHourWhenClocksGoBackIsWrittenInUtc() {
        ZonedDateTime secondPass = LocalDateTime.of(2026, 11, 1, 1, 30).atZone(LOS_ANGELES).withLaterOffsetAtOverlap();
        CalendarEvent lateNight = new CalendarEvent("night@p", 0, secondPass, Duration.ofMinutes(30), "Incident review",
                null, null, null, Sessions.ORGANIZER, List.of(Sessions.MEMBER), null, null, null, null);

        String ics = writer.invite(lateNight);
        VEvent event = Ics.onlyEvent(Ics.read(ics));

        assertThat(Ics.start(event)).isEqualTo(secondPass.toInstant()).isEqualTo(Instant.parse("2026-11-01T09:30:00Z"));
        assertThat(Ics.unfoldedLines(ics)).contains("DTSTART:20261101T093000Z",
                "DTEND;TZID=America/Los_Angeles:20261101T020000");
    }

    @Test
    void aFixedOffsetIsWrittenInUtc() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneId.of("+02:00"));
        CalendarEvent event = new CalendarEvent("o@p", 0, start, Duration.ofHours(1), "Deep dive", null, null, null,
                Sessions.ORGANIZER, List.of(Sessions.MEMBER), null, null, null, null);

        String ics = writer.invite(event);

        assertThat(Ics.start(Ics.onlyEvent(Ics.read(ics)))).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
        assertThat(ics).doesNotContain("VTIMEZONE");
    }
}
