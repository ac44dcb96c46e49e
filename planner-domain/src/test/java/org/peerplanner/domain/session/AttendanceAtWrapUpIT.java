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
import org.peerplanner.domain.format.SessionFormat;
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
    @Autowired AttendanceService answers;
    @Autowired FacilitationService facilitation;
    @Autowired SessionHoldingService holding;
    @Autowired SessionWrapUpService wrapUps;
    @Autowired SessionAttendance attendance;
    @Autowired DomainFixtures fixtures;

    long team;
    Actor manager;
    Actor lead;
    Actor yes;
    Actor maybe;
    Actor silent;

    @BeforeEach
    void aTeamWithAnswers() {
        clock.set(TODAY);
        team = fixtures.team("Attendance");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        yes = fixtures.member(team);
        maybe = fixtures.member(team);
        silent = fixtures.member(team);
    }

    private long answeredSession(ZonedDateTime start) {
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: "
                + start.toLocalDate(), start, lead.personId()));
        facilitation.accept(lead, s.id());
        answers.answer(yes, s.id(), Rsvp.YES);
        answers.answer(maybe, s.id(), Rsvp.MAYBE);
        return s.id();
    }

    @Test
    void theWrapUpProposesThoseWhoSaidYesAndThoseWhoLeadAndStoresWhatTheFacilitatorTicks() {
        long id = answeredSession(JAN_12);
        clock.set(JAN_12.plusHours(1).toInstant());

        assertThat(attendance.presence(lead, id)).filteredOn(SessionAttendance.Presence::present)
                .extracting(SessionAttendance.Presence::personId)
                .containsExactlyInAnyOrder(lead.personId(), yes.personId());

        long version = sessions.details(lead, id).version();
        wrapUps.wrapUp(lead, id, version, new SessionWrapUp("Notes", List.of(), List.of(),
                Set.of(lead.personId(), maybe.personId())));

        assertThat(attendance.attended(id)).containsExactlyInAnyOrder(lead.personId(), maybe.personId());
        assertThat(attendance.presence(manager, id)).filteredOn(SessionAttendance.Presence::present)
                .extracting(SessionAttendance.Presence::personId)
                .containsExactlyInAnyOrder(lead.personId(), maybe.personId());
    }

    @Test
    void withoutTicksTheAnswersStand() {
        long id = answeredSession(JAN_12);
        clock.set(JAN_12.plusHours(1).toInstant());

        holding.hold(lead, id, null);

        assertThat(attendance.attended(id)).containsExactlyInAnyOrder(lead.personId(), yes.personId());
        long version = sessions.details(lead, id).version();
        wrapUps.wrapUp(lead, id, version, new SessionWrapUp("Later notes", List.of(), List.of()));
        assertThat(attendance.attended(id)).as("a wrap-up without ticks keeps them")
                .containsExactlyInAnyOrder(lead.personId(), yes.personId());
    }

    @Test
    void onlyTheInvitedAndTheLeadsCanBeTickedAndNothingIsWrittenOtherwise() {
        long id = answeredSession(JAN_12);
        clock.set(JAN_12.plusHours(1).toInstant());
        long otherTeam = fixtures.team("Elsewhere");
        Actor stranger = fixtures.member(otherTeam);
        long version = sessions.details(lead, id).version();

        assertThatThrownBy(() -> wrapUps.wrapUp(lead, id, version, new SessionWrapUp("Notes", List.of(), List.of(),
                Set.of(yes.personId(), stranger.personId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "attended", "Only people invited to the session or leading it can be ticked as present."));
        assertThat(sessions.details(lead, id).status()).as("nothing half-written").isNotEqualTo(SessionStatus.HELD);
        assertThat(attendance.attended(id)).isEmpty();
        assertThatThrownBy(() -> attendance.presence(stranger, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void participationCountsHeldSessionsAndAttendancesPerPersonInThePeriod() {
        long first = answeredSession(JAN_12);
        long second = answeredSession(JAN_12.plusWeeks(2));
        long later = answeredSession(JAN_12.plusMonths(3));
        clock.set(JAN_12.plusMonths(3).plusHours(1).toInstant());
        holding.hold(lead, first, null);
        long version = sessions.details(lead, second).version();
        wrapUps.wrapUp(lead, second, version, new SessionWrapUp(null, List.of(), List.of(),
                Set.of(lead.personId(), yes.personId(), silent.personId())));
        holding.hold(lead, later, null);

        var january = attendance.participation(team, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));

        assertThat(january.heldSessions()).isEqualTo(2);
        assertThat(january.attendances()).isEqualTo(5);
        assertThat(january.distinctPeople()).isEqualTo(3);
        assertThat(january.sessionsAttendedByPerson()).containsEntry(yes.personId(), 2L)
                .containsEntry(silent.personId(), 1L).doesNotContainKey(maybe.personId());
        assertThat(attendance.firstHeld(team)).contains(JAN_12.toLocalDate());
    }
}
