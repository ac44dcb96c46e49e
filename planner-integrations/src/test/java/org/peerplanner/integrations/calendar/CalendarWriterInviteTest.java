package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerplanner.integrations.calendar.Sessions.LOS_ANGELES;
import static org.peerplanner.integrations.calendar.Sessions.NOW;

import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarWriterInviteTest {

    private final CalendarWriter writer = new CalendarWriter(Sessions.CLOCK);

    @Test
    void inviteCarriesEverythingACalendarShows() {
        CalendarEvent session = Sessions.lunchAndLearn();

        ICalendar calendar = Ics.read(writer.invite(session));

        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getProductId().getValue()).isEqualTo("-//Peer Planner//Peer Planner//EN");
        assertThat(calendar.getCalendarScale().getValue()).isEqualTo("GREGORIAN");
        VEvent event = Ics.onlyEvent(calendar);
        assertThat(event.getUid().getValue()).isEqualTo("session-42@peerplanner.org");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW);
        assertThat(Ics.start(event)).isEqualTo(Instant.parse("2026-10-27T19:00:00Z"));
        assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
                .getValue()).isEqualTo("America/Los_Angeles");
        assertThat(Ics.end(event)).isEqualTo(Instant.parse("2026-10-27T19:45:00Z"));
        assertThat(event.getSummary().getValue()).isEqualTo("Lunch & Learn: Kafka consumer groups");
        assertThat(event.getDescription().getValue())
                .isEqualTo("Why rebalances hurt; how to tune them.\nBring: laptop, questions; curiosity\\courage");
        assertThat(event.getLocation().getValue()).isEqualTo("Room 4.12, Building B; or Zoom");
        assertThat(event.getUrl().getValue()).isEqualTo("https://planner.example.org/sessions/42?tab=details&x=1");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Zoë Ångström 🚀");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("zoe@example.org");
        assertThat(Ics.categories(event)).containsExactly("Lunch & learn", "Kafka, streams");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getLastModified().getValue().toInstant()).isEqualTo(Sessions.EDITED);
    }

    @Test
    void attendeesKeepTheirNamesRolesAnswersAndRsvp() {
        VEvent event = Ics.onlyEvent(Ics.read(writer.invite(Sessions.lunchAndLearn())));

        List<Attendee> attendees = event.getAttendees();
        assertThat(attendees).extracting(Attendee::getCommonName)
                .containsExactly("Łukasz Żółć", "O'Brien, Siobhán; 'Shiv'", "山田 太郎");
        assertThat(attendees).extracting(Attendee::getEmail)
                .containsExactly("lukasz@example.org", "shiv@example.org", "taro@example.jp");
        // biweekly reads ROLE=CHAIR as a role and ROLE=REQ-/OPT-PARTICIPANT as a participation level
        assertThat(attendees.get(0).getRole()).isEqualTo(Role.CHAIR);
        assertThat(attendees).extracting(Attendee::getParticipationLevel)
                .containsExactly(null, ParticipationLevel.REQUIRED, ParticipationLevel.OPTIONAL);
        assertThat(attendees).extracting(a -> a.getParticipationStatus().getValue())
                .containsExactly("ACCEPTED", "NEEDS-ACTION", "TENTATIVE");
        assertThat(attendees).extracting(Attendee::getRsvp).containsExactly(null, true, true);
    }

    @Test
    void reminderDefaultsToFifteenMinutesAndFollowsTheTeamSetting() {
        VAlarm standard = Ics.onlyEvent(Ics.read(writer.invite(Sessions.lunchAndLearn()))).getAlarms().get(0);
        assertThat(standard.getAction().getValue()).isEqualTo("DISPLAY");
        assertThat(standard.getTrigger().getDuration().toString()).isEqualTo("-PT15M");

        CalendarEvent teamWantsAnHour = withAlarm(Sessions.lunchAndLearn(), 60);
        assertThat(Ics.onlyEvent(Ics.read(writer.invite(teamWantsAnHour))).getAlarms().get(0).getTrigger()
                .getDuration().toMillis()).isEqualTo(-Duration.ofHours(1).toMillis());

        CalendarEvent noReminder = withAlarm(Sessions.lunchAndLearn(), null);
        assertThat(Ics.onlyEvent(Ics.read(writer.invite(noReminder))).getAlarms()).isEmpty();
    }

    @Test
    void updateKeepsTheUidAndRaisesTheSequence() {
        CalendarEvent first = Sessions.lunchAndLearn();
        CalendarEvent moved = new CalendarEvent(first.uid(), first.sequence() + 1,
                LocalDateTime.of(2026, 10, 28, 12, 30).atZone(LOS_ANGELES), Duration.ofMinutes(60),
                first.summary(), first.description(), "Room 1.01", first.url(), first.organizer(),
                first.attendees(), first.categories(), EventStatus.CONFIRMED, 15, Instant.parse("2026-10-01T08:00:00Z"));

        ICalendar calendar = Ics.read(writer.invite(moved));

        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = Ics.onlyEvent(calendar);
        assertThat(event.getUid().getValue()).isEqualTo(first.uid());
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(Ics.start(event)).isEqualTo(Instant.parse("2026-10-28T19:30:00Z"));
        assertThat(Ics.end(event)).isEqualTo(Instant.parse("2026-10-28T20:30:00Z"));
        assertThat(event.getLocation().getValue()).isEqualTo("Room 1.01");
    }

    @Test
    void cancellationIsMethodCancelWithStatusCancelledAndTheRaisedSequence() {
        CalendarEvent session = Sessions.lunchAndLearn();

        String ics = writer.cancellation(session.cancelled(NOW));
        ICalendar calendar = Ics.read(ics);

        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        VEvent event = Ics.onlyEvent(calendar);
        assertThat(event.getUid().getValue()).isEqualTo(session.uid());
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(Ics.start(event)).isEqualTo(session.start().toInstant());
        assertThat(event.getAttendees()).hasSize(3);
        assertThat(event.getAlarms()).as("RFC 5546 allows no VALARM in a CANCEL").isEmpty();
        assertThat(event.getLastModified().getValue().toInstant()).isEqualTo(NOW);
    }

    @Test
    void cancellationIsCancelledEvenWhenTheCallerForgotTheStatus() {
        CalendarEvent session = Sessions.lunchAndLearn();

        VEvent event = Ics.onlyEvent(Ics.read(writer.cancellation(session)));

        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void invitesNeedAnOrganizerAndAttendees() {
        CalendarEvent s = Sessions.lunchAndLearn();
        CalendarEvent noOrganizer = new CalendarEvent(s.uid(), 0, s.start(), s.duration(), s.summary(), null, null,
                null, null, s.attendees(), null, null, null, null);
        CalendarEvent nobodyInvited = new CalendarEvent(s.uid(), 0, s.start(), s.duration(), s.summary(), null, null,
                null, s.organizer(), List.of(), null, null, null, null);

        assertThatThrownBy(() -> writer.invite(noOrganizer)).hasMessageContaining("organizer");
        assertThatThrownBy(() -> writer.cancellation(nobodyInvited)).hasMessageContaining("attendee");
    }

    @Test
    void aMinimalEventLeavesOutWhatItDoesNotHave() {
        CalendarEvent s = Sessions.lunchAndLearn();
        CalendarEvent bare = new CalendarEvent("bare@peerplanner.org", 0, s.start(), s.duration(), "Pairing",
                null, " ", null, s.organizer(), List.of(Sessions.MEMBER), null, null, null, null);

        String ics = writer.invite(bare);
        VEvent event = Ics.onlyEvent(Ics.read(ics));

        assertThat(event.getDescription()).isNull();
        assertThat(event.getLocation()).isNull();
        assertThat(event.getUrl()).isNull();
        assertThat(event.getCategories()).isEmpty();
        assertThat(event.getLastModified()).isNull();
        assertThat(event.getAlarms()).isEmpty();
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancellationAsksNobodyToReply() {
        String ics = writer.cancellation(Sessions.lunchAndLearn().cancelled(NOW));

        assertThat(Ics.unfoldedLines(ics).stream().filter(l -> l.startsWith("ATTENDEE"))).hasSize(3)
                .noneMatch(l -> l.contains("RSVP"));
        assertThat(writer.invite(Sessions.lunchAndLearn())).as("the invite does ask").contains("RSVP=TRUE");
    }

    @Test
    void aDownloadIsPublishedWithoutAttendeesSoNoClientTreatsItAsAMeetingRequest() {
        ICalendar calendar = Ics.read(writer.download(Sessions.lunchAndLearn()));

        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        VEvent event = Ics.onlyEvent(calendar);
        assertThat(event.getAttendees()).isEmpty();
        assertThat(event.getOrganizer().getEmail()).isEqualTo("zoe@example.org");
        assertThat(event.getAlarms()).hasSize(1);

        VEvent cancelled = Ics.onlyEvent(Ics.read(writer.download(Sessions.lunchAndLearn().cancelled(NOW))));
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getAlarms()).isEmpty();
    }

    private static CalendarEvent withAlarm(CalendarEvent s, Integer minutes) {
        return new CalendarEvent(s.uid(), s.sequence(), s.start(), s.duration(), s.summary(), s.description(),
                s.location(), s.url(), s.organizer(), s.attendees(), s.categories(), s.status(), minutes,
                s.lastModified());
    }
}
