package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentorshipSeries;
import org.peerplanner.domain.mentoring.MentorshipState;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.common.PublicUrl;

/**
 * The pair's meetings reach both calendars as ONE recurring invite in the mentor's zone, read back with biweekly (an
 * independent parser): the agreed rhythm, the skipped meetings of a pause, and the end.
 */
class MentorshipInviteTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 10 June 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneOffset.UTC);
    static final MeetingPlan FORTNIGHTLY = new MeetingPlan(Rhythm.BIWEEKLY, DayOfWeek.THURSDAY, LocalTime.of(16, 0),
            45, LocalDate.of(2026, 6, 10), "https://meet.example.com/kafka");

    final MentoringMailer mailer = new MentoringMailer(null, new CalendarWriter(CLOCK), null, CLOCK,
            new PublicUrl("https://planner.example.com/"), Optional.empty());

    static MentorshipSeries series(MentorshipState state, int sequence, LocalDate pausedUntil, LocalDate endedOn) {
        return new MentorshipSeries(7, sequence, "Kafka", FORTNIGHTLY, BERLIN, "Jonas Weber", "jonas@example.com",
                "Tomás García", "tomas@example.com", state, pausedUntil, endedOn);
    }

    @Test
    void anAgreedRhythmIsOneFortnightlySeriesInTheMentorsZoneToBothOfThem() {
        var mails = mailer.invites(series(MentorshipState.ACTIVE, 0, null, null));

        assertThat(mails).extracting(m -> m.to().email()).containsExactly("jonas@example.com", "tomas@example.com");
        assertThat(mails).allSatisfy(m -> assertThat(m.calendar().method()).isEqualTo("REQUEST"));
        ICalendar calendar = Biweekly.parse(mails.getFirst().calendar().ics()).first();
        var event = calendar.getEvents().getFirst();
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(event.getUid().getValue()).isEqualTo("mentorship-7@peer-planner");
        assertThat(event.getSummary().getValue()).isEqualTo("Mentoring: Kafka");
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.com/kafka");
        assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly("jonas@example.com", "tomas@example.com");
        assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(occurrences(calendar, 4)).containsExactly(at(2026, 6, 11), at(2026, 6, 25), at(2026, 7, 9),
                at(2026, 7, 23));
    }

    @Test
    void aPauseSkipsItsMeetingsAndTheSeriesCarriesOnAfter() {
        var mails = mailer.invites(series(MentorshipState.PAUSED, 1, LocalDate.of(2026, 7, 10), null));

        ICalendar calendar = Biweekly.parse(mails.getFirst().calendar().ics()).first();
        assertThat(calendar.getEvents().getFirst().getSequence().getValue()).isEqualTo(1);
        assertThat(occurrences(calendar, 2)).containsExactly(at(2026, 7, 23), at(2026, 8, 6));
    }

    @Test
    void endingStopsTheSeriesTheDayBeforeAndKeepsTheMeetingsThatTookPlace() {
        var mails = mailer.invites(series(MentorshipState.ENDED_EARLY, 2, null, LocalDate.of(2026, 7, 20)));

        ICalendar calendar = Biweekly.parse(mails.getFirst().calendar().ics()).first();
        assertThat(occurrences(calendar, 10)).containsExactly(at(2026, 6, 11), at(2026, 6, 25), at(2026, 7, 9));
    }

    @Test
    void endingBeforeTheFirstMeetingCancelsTheSeries() {
        var mails = mailer.invites(series(MentorshipState.COMPLETED, 1, null, LocalDate.of(2026, 6, 10)));

        assertThat(mails).allSatisfy(m -> assertThat(m.calendar().method()).isEqualTo("CANCEL"));
        var event = Biweekly.parse(mails.getFirst().calendar().ics()).first().getEvents().getFirst();
        assertThat(event.getStatus().isCancelled()).isTrue();
        assertThat(event.getUid().getValue()).isEqualTo("mentorship-7@peer-planner");
    }

    private static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 16, 0);
    }

    private static List<LocalDateTime> occurrences(ICalendar calendar, int max) {
        var event = calendar.getEvents().getFirst();
        TimeZone zone = TimeZone.getTimeZone(BERLIN);
        List<LocalDateTime> all = new ArrayList<>();
        for (DateIterator it = event.getDateIterator(zone); it.hasNext() && all.size() < max; ) {
            all.add(it.next().toInstant().atZone(BERLIN).toLocalDateTime());
        }
        return all;
    }
}
