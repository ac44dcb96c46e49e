package org.peerplanner.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.SessionWrapUp;
import org.peerplanner.domain.action.SessionWrapUpService;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.session.AnsweringTeams.AnsweringTeam;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who actually came: proposed from the answers at wrap-up, ticked by the facilitator, stored per person, and counted
 * per team and period for the figures that read it.
 */
@SpringBootTest
@UsePlannerTestDatabase
class AttendanceAtWrapUpIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant TODAY = Instant.parse("2026-12-01T07:41:00Z");
    static final ZonedDateTime JAN_12 = ZonedDateTime.of(2027, 1, 12, 12, 30, 0, 0, BERLIN);

    @Autowired TestClock clock;
    @Autowired SessionService sessions;
    @Autowired SessionHoldingService holding;
    @Autowired SessionWrapUpService wrapUps;
    @Autowired SessionAttendance attendance;
    @Autowired AnsweringTeams answering;
    @Autowired DomainFixtures fixtures;

    AnsweringTeam t;

    @BeforeEach
    void aTeamWithAnswers() {
        clock.set(TODAY);
        t = answering.create("Attendance");
    }

    @Test
    void theWrapUpProposesThoseWhoSaidYesAndThoseWhoLeadAndStoresWhatTheFacilitatorTicks() {
        long id = answering.answeredSession(t, JAN_12);
        clock.set(JAN_12.plusHours(1).toInstant());

        assertThat(attendance.presence(t.lead(), id)).filteredOn(SessionAttendance.Presence::present)
                .extracting(SessionAttendance.Presence::personId)
                .containsExactlyInAnyOrder(t.lead().personId(), t.yes().personId());

        long version = sessions.details(t.lead(), id).version();
        wrapUps.wrapUp(t.lead(), id, version, new SessionWrapUp("Notes", List.of(), List.of(),
                Set.of(t.lead().personId(), t.maybe().personId())));

        assertThat(attendance.attended(id)).containsExactlyInAnyOrder(t.lead().personId(), t.maybe().personId());
        assertThat(attendance.presence(t.manager(), id)).filteredOn(SessionAttendance.Presence::present)
                .extracting(SessionAttendance.Presence::personId)
                .containsExactlyInAnyOrder(t.lead().personId(), t.maybe().personId());
    }

    @Test
    void withoutTicksTheAnswersStand() {
        long id = answering.answeredSession(t, JAN_12);
        clock.set(JAN_12.plusHours(1).toInstant());

        holding.hold(t.lead(), id, null);

        assertThat(attendance.attended(id)).containsExactlyInAnyOrder(t.lead().personId(), t.yes().personId());
        long version = sessions.details(t.lead(), id).version();
        wrapUps.wrapUp(t.lead(), id, version, new SessionWrapUp("Later notes", List.of(), List.of()));
        assertThat(attendance.attended(id)).as("a wrap-up without ticks keeps them")
                .containsExactlyInAnyOrder(t.lead().personId(), t.yes().personId());
    }

    @Test
    void onlyTheInvitedAndTheLeadsCanBeTickedAndNothingIsWrittenOtherwise() {
        long id = answering.answeredSession(t, JAN_12);
        clock.set(JAN_12.plusHours(1).toInstant());
        long otherTeam = fixtures.team("Elsewhere");
        Actor stranger = fixtures.member(otherTeam);
        long version = sessions.details(t.lead(), id).version();

        assertThatThrownBy(() -> wrapUps.wrapUp(t.lead(), id, version, new SessionWrapUp("Notes", List.of(), List.of(),
                Set.of(t.yes().personId(), stranger.personId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "attended", "Only people invited to the session or leading it can be ticked as present."));
        assertThat(sessions.details(t.lead(), id).status()).as("nothing half-written").isNotEqualTo(SessionStatus.HELD);
        assertThat(attendance.attended(id)).isEmpty();
        assertThatThrownBy(() -> attendance.presence(stranger, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void participationCountsHeldSessionsAndAttendancesPerPersonInThePeriod() {
        long first = answering.answeredSession(t, JAN_12);
        long second = answering.answeredSession(t, JAN_12.plusWeeks(2));
        long later = answering.answeredSession(t, JAN_12.plusMonths(3));
        clock.set(JAN_12.plusMonths(3).plusHours(1).toInstant());
        holding.hold(t.lead(), first, null);
        long version = sessions.details(t.lead(), second).version();
        wrapUps.wrapUp(t.lead(), second, version, new SessionWrapUp(null, List.of(), List.of(),
                Set.of(t.lead().personId(), t.yes().personId(), t.silent().personId())));
        holding.hold(t.lead(), later, null);

        var january = attendance.participation(t.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));

        assertThat(january.heldSessions()).isEqualTo(2);
        assertThat(january.attendances()).isEqualTo(5);
        assertThat(january.distinctPeople()).isEqualTo(3);
        assertThat(january.sessionsAttendedByPerson()).containsEntry(t.yes().personId(), 2L)
                .containsEntry(t.silent().personId(), 1L).doesNotContainKey(t.maybe().personId());
        assertThat(attendance.firstHeld(t.id())).contains(JAN_12.toLocalDate());
    }
}
