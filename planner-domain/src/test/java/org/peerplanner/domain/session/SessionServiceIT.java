package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@UsePlannerTestDatabase
class SessionServiceIT {

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
    GapService gaps;
    @Autowired
    DomainFixtures fixtures;

    private ZonedDateTime nextTuesdayNoon() {
        return ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusWeeks(1).with(java.time.DayOfWeek.TUESDAY)
                .with(LocalTime.NOON).withSecond(0).withNano(0);
    }

    @Test
    void schedulingPlansTheGapAndHoldingAddressesIt() {
        long team = fixtures.team("Sessions");
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        long gap = gaps.log(manager, team, GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.HIGH)).id();

        // In the past, so that it can be held (SessionHoldingIT covers the wait until it starts).
        var session = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.DEEP_DIVE,
                "Deep dive: Kafka consumer groups", ZonedDateTime.of(2025, 3, 4, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")),
                lead.personId()).addressing(Set.of(gap)));

        assertThat(session.status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(session.revision()).isZero();
        assertThat(session.durationMinutes()).isEqualTo(105);
        assertThat(session.location()).isEqualTo("Room 4.01");
        assertThat(session.attendees()).extracting(SessionDetails.AttendeeView::personId)
                .contains(manager.personId(), lead.personId());
        assertThat(gaps.details(manager, gap).status()).isEqualTo(GapStatus.PLANNED);

        facilitation.accept(lead, session.id());
        var held = holding.hold(lead, session.id(), "Rebalancing is driven by session timeouts.");

        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        assertThat(held.takeaways()).isEqualTo("Rebalancing is driven by session timeouts.");
        assertThat(gaps.details(manager, gap).status()).isEqualTo(GapStatus.ADDRESSED);
    }

    @Test
    void theRevisionGoesUpOnlyForChangesACalendarShows() {
        long team = fixtures.team("Revisions");
        Actor manager = fixtures.manager(team);
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: SQL",
                nextTuesdayNoon(), manager.personId()));
        var edit = SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: SQL", s.start(), manager.personId())
                .at(s.location());

        var agendaOnly = sessions.revise(manager, s.id(), s.version(), edit.withAgenda("1. EXPLAIN 2. Indexes"));
        var moved = sessions.revise(manager, s.id(), agendaOnly.version(), edit.startingAt(s.start().plusHours(1)));
        var cancelled = sessions.cancel(manager, s.id(), "Half the team is at the offsite.");

        assertThat(agendaOnly.revision()).isZero();
        assertThat(moved.revision()).isEqualTo(1);
        assertThat(cancelled.revision()).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void durationsOutsideTheFormatAndCancellingWithoutAReasonAreRefused() {
        long team = fixtures.team("Rules");
        Actor manager = fixtures.manager(team);

        assertThatThrownBy(() -> sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Too long",
                nextTuesdayNoon(), null).lasting(90)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("A lunch & learn lasts 30 to 60 minutes, not 90."));
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.PAIRING, "Pairing: flaky tests",
                nextTuesdayNoon(), null));
        assertThatThrownBy(() -> sessions.cancel(manager, s.id(), " ")).isInstanceOf(InvalidInputException.class);
        assertThat(sessions.details(manager, s.id()).status()).isEqualTo(SessionStatus.PLANNED);
    }

    @Test
    void ofManyConcurrentVolunteersExactlyOneGetsTheOpenSlot() throws Exception {
        long team = fixtures.team("Volunteers");
        Actor manager = fixtures.manager(team);
        List<Actor> volunteers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            volunteers.add(fixtures.member(team));
        }
        var open = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Open slot",
                nextTuesdayNoon(), null));
        assertThat(open.viewerMay().volunteer()).isTrue();

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(volunteers.size());
        List<Future<String>> outcomes = new ArrayList<>();
        for (Actor v : volunteers) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    facilitation.volunteer(v, open.id());
                    return "won";
                } catch (InvalidInputException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn("won"::equals).hasSize(1);
        assertThat(results).filteredOn(r -> !r.equals("won")).hasSize(volunteers.size() - 1)
                .allMatch(r -> r.startsWith("Someone else volunteered for this session first."));
        var now = sessions.details(manager, open.id());
        assertThat(now.facilitator()).isNotNull();
        assertThat(now.revision()).isEqualTo(1);
    }

    @Test
    void aSwapIsTakenOnceByAnotherMember() {
        long team = fixtures.team("Swaps");
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        Actor taker = fixtures.member(team);
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: Git",
                nextTuesdayNoon(), lead.personId()));

        swaps.requestSwap(lead, s.id(), "I am on call that week.");
        assertThat(swaps.openSwaps(manager, team)).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("I am on call that week."));
        assertThatThrownBy(() -> swaps.takeSwap(lead, s.id())).isInstanceOf(InvalidInputException.class);
        var taken = swaps.takeSwap(taker, s.id());

        assertThat(taken.facilitator().id()).isEqualTo(taker.personId());
        assertThat(taken.status()).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(taken.revision()).isEqualTo(1);
        assertThat(swaps.openSwaps(manager, team)).isEmpty();
        assertThatThrownBy(() -> swaps.takeSwap(manager, s.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeclinedSessionIsNoLongerTheDeclinersAndRsvpsAreKept() {
        long team = fixtures.team("Declines");
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: DNS",
                nextTuesdayNoon(), lead.personId()));

        var declined = facilitation.decline(lead, s.id());
        attendance.answer(lead, s.id(), Rsvp.MAYBE);

        assertThat(declined.facilitator() == null || declined.facilitator().id() != lead.personId()).isTrue();
        assertThat(declined.revision()).isEqualTo(1);
        assertThat(sessions.details(manager, s.id()).attendees())
                .filteredOn(a -> a.personId() == lead.personId()).singleElement()
                .satisfies(a -> assertThat(a.rsvp()).isEqualTo(Rsvp.MAYBE));
        assertThatThrownBy(() -> facilitation.accept(lead, s.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherTeamsSessionIsNotFoundAndMembersCannotCancel() {
        long ours = fixtures.team("Ours");
        long theirs = fixtures.team("Theirs");
        Actor manager = fixtures.manager(ours);
        Actor member = fixtures.member(ours);
        Actor outsider = fixtures.manager(theirs);
        var s = sessions.schedule(manager, ours, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Ours only",
                nextTuesdayNoon(), null));

        assertThatThrownBy(() -> sessions.details(outsider, s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facilitation.volunteer(outsider, s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.cancel(member, s.id(), "no")).isInstanceOf(NotPermittedException.class);
        assertThat(sessions.upcoming(outsider, theirs)).isEmpty();
        assertThat(sessions.upcoming(member, ours)).extracting(SessionCard::title).contains("Ours only");
    }

    @Test
    void aPairingSessionInvitesItsPairAndHasRoomForThreeAtMost() {
        long team = fixtures.team("Pairs");
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        Actor second = fixtures.member(team);
        Actor third = fixtures.member(team);
        Actor fourth = fixtures.member(team);
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.PAIRING, "Pairing: flaky test hunt",
                nextTuesdayNoon(), lead.personId()).ledBy(lead.personId(), second.personId()));

        assertThat(s.attendees()).extracting(SessionDetails.AttendeeView::personId)
                .containsExactlyInAnyOrder(lead.personId(), second.personId());
        attendance.answer(third, s.id(), Rsvp.YES);
        assertThatThrownBy(() -> attendance.answer(fourth, s.id(), Rsvp.YES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("three people"));
        attendance.answer(fourth, s.id(), Rsvp.MAYBE);
    }
}
