package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the team sees around a session's start, on a clock the test moves: holding waits until it has started,
 * leads attend by definition, a member sees the answer they gave, and taking a swap warns of two weeks running.
 */
@SpringBootTest
@UsePlannerTestDatabase
class SessionHoldingIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 1 December 2026, 08:41 in Berlin: six weeks before the session of Tuesday 12 January 2027. */
    static final Instant TODAY = Instant.parse("2026-12-01T07:41:00Z");
    static final ZonedDateTime JAN_12 = ZonedDateTime.of(2027, 1, 12, 12, 30, 0, 0, BERLIN);
    @Autowired
    TestClock clock;


    @Autowired
    SessionService sessions;
    @Autowired
    AttendanceService attendance;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    SwapService swaps;
    @Autowired
    SessionWrapUpService wrapUps;
    @Autowired
    GapService gaps;
    @Autowired
    DomainFixtures fixtures;

    long team;
    Actor manager;
    Actor lead;
    Actor member;

    @BeforeEach
    void aTeam() {
        clock.set(TODAY);
        team = fixtures.team("Holding");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        member = fixtures.member(team);
    }

    private SessionDetails session(String title, ZonedDateTime start, Actor leadBy, Set<Long> gapIds) {
        return sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start,
                leadBy.personId()).addressing(gapIds));
    }

    @Test
    void aSessionIsHeldOrWrappedUpOnlyOnceItHasStartedAndItsGapsStayPlannedUntilThen() {
        long gap = gaps.log(manager, team, GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.HIGH)).id();
        var s = session("Lunch & learn: Kafka", JAN_12, lead, Set.of(gap));
        facilitation.accept(lead, s.id());

        assertThat(sessions.details(lead, s.id()).viewerMay().hold()).as("not offered before it starts").isFalse();
        assertThatThrownBy(() -> holding.hold(lead, s.id(), "Too early"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "This session starts Tue 12 Jan 2027 at 12:30: it can be marked held or wrapped up once it has started."));
        long version = sessions.details(lead, s.id()).version();
        assertThatThrownBy(() -> wrapUps.wrapUp(lead, s.id(), version, new SessionWrapUp("Too early", List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(sessions.details(manager, s.id()).status()).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(gaps.details(manager, gap).status()).isEqualTo(GapStatus.PLANNED);

        clock.set(JAN_12.toInstant());
        assertThat(sessions.details(lead, s.id()).viewerMay().hold()).isTrue();
        var held = holding.hold(lead, s.id(), "Rebalancing is driven by session timeouts.");

        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        assertThat(gaps.details(manager, gap).status()).isEqualTo(GapStatus.ADDRESSED);
    }

    @Test
    void theLeadAttendsByDefinitionAndAMemberSeesTheAnswerTheyGave() {
        var s = session("Lunch & learn: answers", JAN_12, lead, Set.of());

        attendance.answer(member, s.id(), Rsvp.MAYBE);

        var asLead = sessions.details(lead, s.id());
        assertThat(asLead.viewerMay().answer()).as("a lead does not answer for their own session").isFalse();
        assertThat(asLead.viewerRsvp()).isNull();
        assertThat(asLead.attendees()).filteredOn(a -> a.personId() == lead.personId()).singleElement()
                .satisfies(a -> assertThat(a.answer()).isEqualTo("Leads the session"));
        assertThat(sessions.details(member, s.id()).viewerRsvp()).isEqualTo(Rsvp.MAYBE);
        assertThat(asLead.attendanceSummary()).startsWith("1 coming, 1 maybe, 0 not coming");
        assertThat(sessions.upcoming(lead, team)).filteredOn(c -> c.id() == s.id()).singleElement()
                .satisfies(c -> assertThat(c.myAnswer()).contains("You lead it"));
        assertThat(sessions.upcoming(member, team)).filteredOn(c -> c.id() == s.id()).singleElement()
                .satisfies(c -> assertThat(c.myAnswer()).contains("You: Maybe"));
    }

    @Test
    void whoTakesASwapThatMakesThemLeadTwoWeeksRunningIsWarnedBeforeAndAfter() {
        session("Lunch & learn: week one", JAN_12, member, Set.of());
        var weekTwo = session("Lunch & learn: week two", JAN_12.plusWeeks(1), lead, Set.of());
        var weekFour = session("Lunch & learn: week four", JAN_12.plusWeeks(3), lead, Set.of());
        swaps.requestSwap(lead, weekTwo.id(), "On call");
        swaps.requestSwap(lead, weekFour.id(), "Holiday");

        assertThat(sessions.details(member, weekTwo.id()).twoWeeksRunning()).isEqualTo("Taking this over means leading "
                + "two weeks running: you also lead \u201cLunch & learn: week one\u201d on Tue 12 Jan. "
                + "Ask for a swap on one of them if that is too much.");
        assertThat(sessions.details(member, weekFour.id()).twoWeeksRunning()).as("two weeks apart is fine").isNull();
        assertThat(sessions.details(manager, weekTwo.id()).twoWeeksRunning()).as("only for who could take it").isNull();

        var taken = swaps.takeSwap(member, weekTwo.id());

        assertThat(taken.twoWeeksRunning()).startsWith("You lead two weeks running: you also lead \u201cLunch & learn: week one\u201d");
    }
}
