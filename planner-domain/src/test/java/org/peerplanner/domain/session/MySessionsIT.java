package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A person's own sessions on Home: what comes next for them and what waits for their answer, until they give it. */
@SpringBootTest
@UsePlannerTestDatabase
class MySessionsIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @Autowired
    TestClock clock;
    static final ZonedDateTime WEDNESDAY_NOON = LocalDateTime.parse("2026-03-04T12:00").atZone(BERLIN);


    @Autowired
    MySessions mine;
    @Autowired
    SessionService sessions;
    @Autowired
    AttendanceService attendance;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SwapService swaps;
    @Autowired
    DomainFixtures fixtures;

    long team;
    Actor manager;
    Actor lead;
    Actor member;

    @BeforeEach
    void team() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        team = fixtures.team("Home");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        member = fixtures.member(team);
    }

    @Test
    void aProposalWaitsForTheFacilitatorUntilTheyAccept() {
        var s = sessions.schedule(manager, team, lunch("Lunch & Learn: Git", WEDNESDAY_NOON, lead));

        assertThat(mine.waitingFor(lead).toLead()).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("Lunch & Learn: Git"))
                .satisfies(m -> assertThat(m.leading()).isTrue());
        assertThat(mine.waitingFor(member).toLead()).isEmpty();
        assertThat(mine.waitingFor(member).rsvps()).as("not confirmed yet").isEmpty();

        facilitation.accept(lead, s.id());

        assertThat(mine.waitingFor(lead).isEmpty()).isTrue();
        assertThat(mine.waitingFor(member).rsvps()).extracting(MySession::id).containsExactly(s.id());
    }

    @Test
    void anRsvpLeavesTheListOnceGivenAndNoTakesTheSessionOffMyNextSessions() {
        var first = sessions.schedule(manager, team, lunch("Lunch & Learn: Git", WEDNESDAY_NOON, lead));
        var second = sessions.schedule(manager, team, lunch("Lunch & Learn: SQL", WEDNESDAY_NOON.plusWeeks(1), lead));
        facilitation.accept(lead, first.id());
        facilitation.accept(lead, second.id());

        assertThat(mine.waitingFor(member).rsvps()).extracting(MySession::id).containsExactly(first.id(), second.id());

        attendance.answer(member, first.id(), Rsvp.NO);
        attendance.answer(member, second.id(), Rsvp.YES);

        assertThat(mine.waitingFor(member).rsvps()).isEmpty();
        assertThat(mine.next(member, 5)).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(second.id()))
                .satisfies(m -> assertThat(m.myRsvp()).isEqualTo(Rsvp.YES))
                .satisfies(m -> assertThat(m.facilitatorName()).isEqualTo("Member"));
        assertThat(mine.next(lead, 5)).extracting(MySession::leading).containsExactly(true, true);
    }

    @Test
    void aSwapIsOfferedToTeammatesButNotToWhoAskedItAndLeavesOnceTaken() {
        var s = sessions.schedule(manager, team, lunch("Lunch & Learn: Git", WEDNESDAY_NOON, lead));
        facilitation.accept(lead, s.id());
        swaps.requestSwap(lead, s.id(), "On call");

        assertThat(mine.waitingFor(lead).swaps()).isEmpty();
        assertThat(mine.waitingFor(member).swaps()).singleElement()
                .satisfies(o -> assertThat(o.session().id()).isEqualTo(s.id()))
                .satisfies(o -> assertThat(o.askedBy()).isEqualTo("Member"))
                .satisfies(o -> assertThat(o.reason()).isEqualTo("On call"));

        swaps.takeSwap(member, s.id());

        assertThat(mine.waitingFor(manager).swaps()).isEmpty();
        assertThat(mine.next(member, 5)).singleElement().satisfies(m -> assertThat(m.leading()).isTrue());
    }

    @Test
    void startedSessionsAndOtherTeamsAreNotMine() {
        long otherTeam = fixtures.team("Elsewhere");
        Actor stranger = fixtures.member(otherTeam);
        sessions.schedule(fixtures.manager(otherTeam), otherTeam, lunch("Lunch & Learn: Theirs", WEDNESDAY_NOON, stranger));
        sessions.schedule(manager, team, lunch("Lunch & Learn: Earlier", WEDNESDAY_NOON.minusWeeks(1), lead));

        assertThat(mine.waitingFor(lead).isEmpty()).isTrue();
        assertThat(mine.next(lead, 5)).isEmpty();
    }

    private static SessionEdit lunch(String title, ZonedDateTime start, Actor facilitator) {
        return SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start, facilitator.personId());
    }
}
