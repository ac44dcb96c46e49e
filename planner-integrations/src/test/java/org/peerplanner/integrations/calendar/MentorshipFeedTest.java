package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentorshipSeries;
import org.peerplanner.domain.mentoring.MentorshipState;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.common.PublicUrl;

/**
 * A mentorship shows in both people's personal feed as ONE recurring event in the mentor's zone, the same series
 * as its invite: read back with biweekly and iCal4j, with its rule, the EXDATEs of a pause and the UNTIL of an end.
 */
class MentorshipFeedTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 10 June 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneOffset.UTC);
    static final Instant CHANGED = Instant.parse("2026-06-09T14:30:00Z");
    static final MeetingPlan FORTNIGHTLY = new MeetingPlan(Rhythm.BIWEEKLY, DayOfWeek.THURSDAY, LocalTime.of(16, 0),
            45, LocalDate.of(2026, 6, 10), "https://meet.example.com/kafka");

    final SessionFeedWriter writer = new SessionFeedWriter(new CalendarWriter(CLOCK),
            new PublicUrl("https://planner.example.org/"),
            new MailSettings("noreply@planner.example.org", Duration.ofSeconds(15)), CLOCK);

    static MentorshipSeries series(long id, MentorshipState state, LocalDate pausedUntil, LocalDate endedOn) {
        return new MentorshipSeries(id, 1, "Kafka", FORTNIGHTLY, BERLIN, "Jonas Weber", "jonas@example.com",
                "Tomás García", "tomas@example.com", state, pausedUntil, endedOn, CHANGED);
    }

    String feedOf(MentorshipSeries... series) throws IOException {
        var feed = new Feed("Tomás García · Peer Planner", ZoneId.of("America/New_York"), List.of(), List.of(),
                List.of(series), CHANGED, "f1");
        var out = new ByteArrayOutputStream();
        writer.write(feed, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anActiveMentorshipIsOneFortnightlySeriesInTheMentorsZoneLinkingToThePairsPage() throws IOException {
        String ics = feedOf(series(7, MentorshipState.ACTIVE, null, null));

        ICalendar calendar = Ics.read(ics);
        assertThat(calendar.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getUid().getValue()).isEqualTo("mentorship-7@peer-planner");
            assertThat(event.getSummary().getValue()).isEqualTo("Mentoring: Kafka");
            assertThat(event.getUrl().getValue()).isEqualTo("https://planner.example.org/mentorships/7");
            assertThat(event.getAttendees()).as("a feed names nobody's address but the organizer's").isEmpty();
            assertThat(event.getDateTimeStamp().getValue().toInstant()).as("stable bytes").isEqualTo(CHANGED);
        });
        assertThat(occurrences(calendar, 3)).containsExactly(at(2026, 6, 11), at(2026, 6, 25), at(2026, 7, 9));

        var ical4j = Ics.assertIcal4jValid(ics);
        VEvent event = ical4j.<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.<Property>getProperty(Property.RRULE).orElseThrow().getValue())
                .isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        assertThat(event.<Property>getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow()
                .getValue()).isEqualTo("Europe/Berlin");
        assertThat(ical4j.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(z -> z.<Property>getProperty(Property.TZID).orElseThrow().getValue()).contains("Europe/Berlin");
        assertThat(ics).as("same bytes for the same content").isEqualTo(feedOf(series(7, MentorshipState.ACTIVE, null, null)));
    }

    @Test
    void aPauseSkipsItsMeetingsWithExdatesAndAnEndStopsTheSeriesWithUntil() throws IOException {
        String ics = feedOf(series(7, MentorshipState.PAUSED, LocalDate.of(2026, 7, 10), null),
                series(8, MentorshipState.ENDED_EARLY, null, LocalDate.of(2026, 7, 20)));

        ICalendar calendar = Ics.read(ics);
        assertThat(calendar.getEvents()).hasSize(2);
        assertThat(occurrences(calendar, 0, 2)).containsExactly(at(2026, 7, 23), at(2026, 8, 6));
        assertThat(occurrences(calendar, 1, 10)).containsExactly(at(2026, 6, 11), at(2026, 6, 25), at(2026, 7, 9));

        var events = Ics.assertIcal4jValid(ics).<VEvent>getComponents(Component.VEVENT);
        assertThat(String.join(",", events.get(0).<Property>getProperties(Property.EXDATE).stream()
                .map(Property::getValue).toList())).contains("20260611T160000", "20260625T160000", "20260709T160000");
        assertThat(events.get(1).<Property>getProperty(Property.RRULE).orElseThrow().getValue()).contains("UNTIL=2026071");
    }

    @Test
    void aMentorshipThatEndedBeforeItsFirstMeetingLeavesNothingInTheFeed() throws IOException {
        String ics = feedOf(series(9, MentorshipState.COMPLETED, null, LocalDate.of(2026, 6, 10)));

        assertThat(Ics.parseWithBiweekly(ics).getEvents()).isEmpty();
        assertThat(ics).doesNotContain("mentorship-9");
    }

    private static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 16, 0);
    }

    private static List<LocalDateTime> occurrences(ICalendar calendar, int max) {
        return occurrences(calendar, 0, max);
    }

    private static List<LocalDateTime> occurrences(ICalendar calendar, int index, int max) {
        var event = calendar.getEvents().get(index);
        List<LocalDateTime> all = new ArrayList<>();
        for (DateIterator it = event.getDateIterator(TimeZone.getTimeZone(BERLIN)); it.hasNext() && all.size() < max; ) {
            all.add(it.next().toInstant().atZone(BERLIN).toLocalDateTime());
        }
        return all;
    }
}
