package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.SessionCalendarChange.Kind;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Which changes reach people's calendars by mail: only those of sessions whose invite has gone out. */
@SpringBootTest
@UsePlannerTestDatabase
@RecordApplicationEvents
class SessionCalendarChangesIT {

    @Autowired
    TestClock clock;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    DomainFixtures fixtures;
    @Autowired
    ApplicationEvents events;

    private ZonedDateTime nextWednesdayNoon() {
        return ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusWeeks(1).with(java.time.DayOfWeek.WEDNESDAY)
                .with(LocalTime.NOON).withSecond(0).withNano(0);
    }

    @Test
    void aSessionThatWasNeverConfirmedMailsNobodyWhenItIsMovedOrCancelled() {
        long team = fixtures.team("Unannounced");
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: Git",
                nextWednesdayNoon(), lead.personId()));

        var moved = sessions.revise(manager, s.id(), s.version(),
                SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: Git", s.start().plusHours(1), lead.personId()));
        sessions.cancel(manager, s.id(), "The team is at the offsite.");

        assertThat(moved.revision()).isEqualTo(1);
        assertThat(changesOf(s.id())).isEmpty();
    }

    @Test
    void onceConfirmedEveryChangeAndTheCancellationAreMailedEvenAfterTheFacilitatorDeclined() {
        long team = fixtures.team("Announced");
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: SQL",
                nextWednesdayNoon(), lead.personId()));

        facilitation.accept(lead, s.id());
        var declined = facilitation.decline(lead, s.id());
        Long nextLead = declined.facilitator() == null ? null : declined.facilitator().id();
        var moved = sessions.revise(manager, s.id(), declined.version(), SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & Learn: SQL", s.start().plusDays(1), nextLead));
        sessions.cancel(manager, s.id(), "Nobody can lead it this month.");

        assertThat(moved.status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(changesOf(s.id())).containsExactly(Kind.CONFIRMED, Kind.UPDATED, Kind.UPDATED, Kind.CANCELLED);
    }

    private java.util.List<Kind> changesOf(long sessionId) {
        return events.stream(SessionCalendarChange.class).filter(c -> c.sessionId() == sessionId)
                .map(SessionCalendarChange::kind).toList();
    }
}
