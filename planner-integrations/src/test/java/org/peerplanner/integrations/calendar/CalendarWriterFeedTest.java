package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.integrations.calendar.Sessions.KOLKATA;
import static org.peerplanner.integrations.calendar.Sessions.LOS_ANGELES;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarWriterFeedTest {

    private static final Person PLANNER = new Person("Peer Planner", "no-reply@peerplanner.org");
    private static final FeedHeader TEAM = new FeedHeader("Peer learning – Mobile Apps", LOS_ANGELES, PLANNER,
            "Sessions of the Mobile Apps team; changes show up within the hour");

    private final CalendarWriter writer = new CalendarWriter(Sessions.CLOCK);

    private final List<CalendarEvent> sessions = List.of(
            Sessions.lunchAndLearn("session-41@peerplanner.org", LocalDateTime.of(2026, 10, 20, 12, 0), LOS_ANGELES),
            Sessions.lunchAndLearn("session-42@peerplanner.org", LocalDateTime.of(2026, 10, 27, 12, 0), LOS_ANGELES)
                    .cancelled(Instant.parse("2026-10-02T10:00:00Z")),
            Sessions.lunchAndLearn("session-43@peerplanner.org", LocalDateTime.of(2026, 11, 3, 12, 0), LOS_ANGELES));

    @Test
    void teamFeedIsAPublishedCalendarThatClientsRefreshHourly() {
        ICalendar calendar = Ics.read(writer.feed(TEAM, sessions, List.of()));

        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(Ics.xProperty(calendar, "X-WR-CALNAME")).isEqualTo("Peer learning – Mobile Apps");
        assertThat(Ics.xProperty(calendar, "X-WR-TIMEZONE")).isEqualTo("America/Los_Angeles");
        // biweekly keeps X- values as written; TEXT (their default type) has the semicolon escaped
        assertThat(Ics.xProperty(calendar, "X-WR-CALDESC"))
                .isEqualTo("Sessions of the Mobile Apps team\\; changes show up within the hour");
        assertThat(Ics.xProperty(calendar, "X-PUBLISHED-TTL")).isEqualTo("PT1H");
        assertThat(calendar.getRefreshInterval().getValue().toString()).isEqualTo("PT1H");
        assertThat(calendar.getEvents()).extracting(e -> e.getUid().getValue()).containsExactly(
                "session-41@peerplanner.org", "session-42@peerplanner.org", "session-43@peerplanner.org");
    }

    @Test
    void cancelledSessionStaysInTheFeedStruckThrough() {
        ICalendar calendar = Ics.read(writer.feed(TEAM, sessions, List.of()));

        VEvent cancelled = Ics.event(calendar, "session-42@peerplanner.org");
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getAlarms()).as("no reminder for a session that will not happen").isEmpty();
        VEvent next = Ics.event(calendar, "session-43@peerplanner.org");
        assertThat(next.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(next.getSequence().getValue()).isZero();
        assertThat(next.getAlarms()).hasSize(1);
    }

    @Test
    void everyFeedEventHasTheFieldsOfAnInvite() {
        ICalendar calendar = Ics.read(writer.feed(TEAM, sessions, List.of()));

        for (VEvent event : calendar.getEvents()) {
            // the last change, not the request's time: the same feed version is the same bytes
            assertThat(event.getDateTimeStamp().getValue().toInstant()).isIn(Sessions.EDITED,
                    Instant.parse("2026-10-02T10:00:00Z"));
            assertThat(event.getSummary().getValue()).isEqualTo("Lunch & Learn: Kafka consumer groups");
            assertThat(event.getDescription().getValue()).startsWith("Why rebalances hurt; how to tune them.\n");
            assertThat(event.getLocation().getValue()).isEqualTo("Room 4.12, Building B; or Zoom");
            assertThat(event.getUrl().getValue()).startsWith("https://planner.example.org/sessions/42");
            assertThat(event.getOrganizer().getEmail()).isEqualTo("zoe@example.org");
            assertThat(event.getAttendees()).as("RFC 5546 PUBLISH allows no ATTENDEE").isEmpty();
            assertThat(Ics.categories(event)).containsExactly("Lunch & learn", "Kafka, streams");
            assertThat(Ics.end(event)).isEqualTo(Ics.start(event).plusSeconds(45 * 60));
        }
    }

    @Test
    void personalFeedMixesSessionsOfSeveralTeamsWithAllDayDueDates() {
        FeedHeader mine = new FeedHeader("My peer learning", KOLKATA, PLANNER, null);
        List<CalendarEvent> mySessions = List.of(sessions.get(0),
                Sessions.lunchAndLearn("session-77@peerplanner.org", LocalDateTime.of(2026, 10, 22, 17, 30), KOLKATA));
        List<AllDayEvent> dueDates = List.of(
                Sessions.due("action-7@peerplanner.org", LocalDate.of(2026, 11, 3), "write the runbook, part 1"),
                Sessions.due("action-8@peerplanner.org", LocalDate.of(2026, 12, 31), "Ångström; 翻訳, review"));

        String ics = writer.feed(mine, mySessions, dueDates);
        ICalendar calendar = Ics.read(ics);

        assertThat(Ics.xProperty(calendar, "X-WR-TIMEZONE")).isEqualTo("Asia/Kolkata");
        assertThat(calendar.getExperimentalProperty("X-WR-CALDESC")).isNull();
        assertThat(calendar.getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
                .containsExactlyInAnyOrder("America/Los_Angeles", "Asia/Kolkata");
        VEvent kolkata = Ics.event(calendar, "session-77@peerplanner.org");
        assertThat(Ics.start(kolkata)).isEqualTo(Instant.parse("2026-10-22T12:00:00Z"));

        VEvent due = Ics.event(calendar, "action-8@peerplanner.org");
        assertThat(due.getDateStart().getValue().hasTime()).isFalse();
        assertThat(due.getDateEnd().getValue().hasTime()).isFalse();
        assertThat(due.getDateStart().getValue().getRawComponents().toDate()).isEqualTo(
                due.getDateStart().getValue());
        assertThat(due.getDateStart().getValue().getRawComponents().getYear()).isEqualTo(2026);
        assertThat(due.getDateStart().getValue().getRawComponents().getMonth()).isEqualTo(12);
        assertThat(due.getDateStart().getValue().getRawComponents().getDate()).isEqualTo(31);
        assertThat(due.getDateEnd().getValue().getRawComponents().getYear()).isEqualTo(2027);
        assertThat(due.getSummary().getValue()).isEqualTo("Due: Ångström; 翻訳, review");
        assertThat(due.getDescription().getValue()).isEqualTo("From the session \"Kafka consumer groups\"");
        assertThat(due.getUrl().getValue()).isEqualTo("https://planner.example.org/actions/action-8@peerplanner.org");
        assertThat(due.getTransparency().isTransparent()).isTrue();
        assertThat(due.getOrganizer().getEmail()).isEqualTo("no-reply@peerplanner.org");
        assertThat(due.getOrganizer().getCommonName()).isEqualTo("Peer Planner");
        assertThat(due.getSequence().getValue()).isZero();
        assertThat(due.getLastModified().getValue().toInstant()).isEqualTo(Sessions.EDITED);
        assertThat(Ics.unfoldedLines(ics)).contains("DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101");
    }

    @Test
    void emptyFeedIsStillAValidCalendar() {
        String ics = writer.feed(TEAM, List.of(), List.of());
        Ics.assertRawText(ics);
        Ics.assertIcal4jValid(ics);
        // biweekly's validator does not count a VTIMEZONE as a component (it files them apart), so only parse
        ICalendar calendar = Ics.parseWithBiweekly(ics);

        assertThat(calendar.getEvents()).isEmpty();
        assertThat(calendar.getTimezoneInfo().getComponents()).as("RFC 5545 wants at least one component")
                .extracting(tz -> tz.getTimezoneId().getValue()).containsExactly("America/Los_Angeles");
    }

    @Test
    void streamedFeedIsTheSameTextAsTheStringOne() throws IOException {
        String text = writer.feed(TEAM, sessions, List.of(Sessions.due("a@p", LocalDate.of(2026, 11, 3), "x")));

        StringWriter chars = new StringWriter();
        writer.writeFeed(TEAM, sessions, List.of(Sessions.due("a@p", LocalDate.of(2026, 11, 3), "x")), chars);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.writeFeed(TEAM, sessions, List.of(Sessions.due("a@p", LocalDate.of(2026, 11, 3), "x")), bytes);

        assertThat(chars.toString()).isEqualTo(text);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void theSameFeedAnHourLaterIsTheSameBytes() {
        var later = new CalendarWriter(java.time.Clock.offset(Sessions.CLOCK, java.time.Duration.ofHours(1)));

        assertThat(later.feed(TEAM, sessions, List.of(Sessions.due("a@p", LocalDate.of(2026, 11, 3), "x"))))
                .isEqualTo(writer.feed(TEAM, sessions, List.of(Sessions.due("a@p", LocalDate.of(2026, 11, 3), "x"))));
    }

    @Test
    void bigStreamedFeedIsValid() {
        List<CalendarEvent> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(Sessions.lunchAndLearn("session-" + i + "@peerplanner.org",
                    LocalDateTime.of(2025, 1, 7, 12, 0).plusWeeks(i), LOS_ANGELES));
        }
        StringWriter out = new StringWriter();
        writer.writeFeed(TEAM, many, List.of(), out);

        ICalendar calendar = Ics.read(out.toString());

        assertThat(calendar.getEvents()).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(Ics.start(calendar.getEvents().get(i))).isEqualTo(many.get(i).start().toInstant());
        }
    }
}
