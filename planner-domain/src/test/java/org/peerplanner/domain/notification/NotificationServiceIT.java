package org.peerplanner.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell's list: each person's own, fed by what sessions ask of people, written with the change or not at all. */
@SpringBootTest
@UsePlannerTestDatabase
class NotificationServiceIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2 March 2026, 09:00 in Berlin. */
    @Autowired
    TestClock clock;
    static final ZonedDateTime WEDNESDAY_NOON = LocalDateTime.parse("2026-03-04T12:00").atZone(BERLIN);


    @Autowired
    NotificationService notifications;
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
    @Autowired
    TransactionTemplate transactions;

    long team;
    Actor manager;
    Actor lead;
    Actor member;

    @BeforeEach
    void team() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        team = fixtures.team("Bell");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        member = fixtures.member(team);
    }

    @Test
    void aPersonSeesCountsAndMarksOnlyTheirOwnNotifications() {
        notifications.notify(lead.personId(), "mentoring.request", "Ada asks you to mentor her", null, "profile");

        long id = notifications.recent(lead, 0).getFirst().id();

        assertThat(notifications.unreadCount(member)).isZero();
        assertThat(notifications.recent(member, 0)).isEmpty();
        assertThatThrownBy(() -> notifications.markRead(member, id)).isInstanceOf(NotFoundException.class);
        assertThat(notifications.unreadCount(lead)).isEqualTo(1);
        assertThat(notifications.recent(lead, 0)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("Ada asks you to mentor her"))
                .satisfies(n -> assertThat(n.created()).isEqualTo(clock.instant()))
                .satisfies(n -> assertThat(n.unread()).isTrue());
    }

    @Test
    void markingReadOneOrAllEmptiesTheCountAndKeepsTheListNewestFirst() {
        notifications.notify(member.personId(), "help.request", "First", null, null);
        clock.advance(java.time.Duration.ofMinutes(5));
        notifications.notify(member.personId(), "help.request", "Second", null, null);
        clock.advance(java.time.Duration.ofMinutes(5));
        notifications.notify(member.personId(), "help.request", "Third", null, null);

        notifications.markRead(member, notifications.recent(member, 0).getLast().id());

        assertThat(notifications.unreadCount(member)).isEqualTo(2);
        assertThat(notifications.recent(member, 0)).extracting(NotificationView::title, NotificationView::unread)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Third", true),
                        org.assertj.core.groups.Tuple.tuple("Second", true),
                        org.assertj.core.groups.Tuple.tuple("First", false));
        assertThat(notifications.markAllRead(member)).isEqualTo(2);
        assertThat(notifications.unreadCount(member)).isZero();
    }

    @Test
    void theProposedFacilitatorIsAskedAndWhenTheyDeclineTheNextOneIs() {
        var s = sessions.schedule(manager, team, lunch(lead));

        assertThat(kinds(lead)).containsExactly("session.proposed");
        assertThat(notifications.recent(lead, 0).getFirst())
                .satisfies(n -> assertThat(n.title()).isEqualTo("You are proposed to lead “Lunch & Learn: Git”"))
                .satisfies(n -> assertThat(n.detail()).startsWith("Wed 4 Mar, 12:00."))
                .satisfies(n -> assertThat(n.link()).isEqualTo("sessions/" + s.id()));
        assertThat(kinds(manager)).as("nobody is told what they did themselves").isEmpty();

        var declined = facilitation.decline(lead, s.id());

        assertThat(declined.facilitator()).isNotNull();
        Actor next = new Actor(declined.facilitator().id(), false);
        assertThat(kinds(next)).containsExactly("session.proposed");
        assertThat(kinds(lead)).containsExactly("session.proposed");
        assertThat(notifications.unreadCount(lead)).as("declining answered it").isZero();
        assertThat(notifications.unreadCount(next)).isEqualTo(1);
    }

    @Test
    void answeringWhatASessionAskedMarksWhatAskedItRead() {
        var s = sessions.schedule(manager, team, lunch(lead));
        facilitation.accept(lead, s.id());
        notifications.notify(member.personId(), "help.request", "Can you look at my flaky test?", null, "gaps");

        assertThat(notifications.unreadCount(lead)).isZero();
        assertThat(notifications.unreadCount(member)).isEqualTo(2);

        attendance.answer(member, s.id(), Rsvp.YES);

        assertThat(notifications.recent(member, 0)).extracting(NotificationView::kind, NotificationView::unread)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("help.request", true),
                        org.assertj.core.groups.Tuple.tuple("session.rsvp", false));
    }

    @Test
    void sayingIWillComeDoesNotAnswerWhetherILeadIt() {
        var s = sessions.schedule(manager, team, lunch(lead));

        attendance.answer(lead, s.id(), Rsvp.YES);

        assertThat(notifications.unreadCount(lead)).isEqualTo(1);
    }

    @Test
    void aConfirmedSessionAsksForRsvpsASwapAsksTheTeamAndACancellationReachesEveryoneConcerned() {
        var s = sessions.schedule(manager, team, lunch(lead));
        attendance.answer(manager, s.id(), Rsvp.NO);

        facilitation.accept(lead, s.id());

        assertThat(kinds(member)).containsExactly("session.rsvp");
        assertThat(kinds(manager)).as("she said no already").isEmpty();
        assertThat(kinds(lead)).as("the facilitator leads; they are not asked to come").containsExactly("session.proposed");

        swaps.requestSwap(lead, s.id(), "I am on call that week.");

        assertThat(kinds(member)).containsExactly("session.swap", "session.rsvp");
        assertThat(kinds(manager)).containsExactly("session.swap");
        assertThat(notifications.recent(member, 0).getFirst().detail()).isEqualTo("Wed 4 Mar, 12:00. “I am on call that week.”");
        assertThat(kinds(lead)).containsExactly("session.proposed");

        sessions.cancel(manager, s.id(), "The team is at the offsite.");

        assertThat(kinds(lead)).containsExactly("session.cancelled", "session.proposed");
        assertThat(kinds(member)).containsExactly("session.cancelled", "session.swap", "session.rsvp");
        assertThat(kinds(manager)).containsExactly("session.swap");
    }

    @Test
    void aRolledBackChangeNotifiesNobody() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            sessions.schedule(manager, team, lunch(lead));
            throw new IllegalStateException("the rest of the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notifications.unreadCount(lead)).isZero();
        assertThat(sessions.upcoming(manager, team)).isEmpty();
    }

    @Test
    void aSessionThatHasAlreadyStartedAsksNothingOfAnyone() {
        sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: Last week",
                WEDNESDAY_NOON.minusWeeks(1), lead.personId()));

        assertThat(notifications.unreadCount(lead)).isZero();
    }

    @Test
    void aKindMustSayWhichFeatureItComesFrom() {
        assertThatThrownBy(() -> notifications.notify(lead.personId(), "Proposed", "x", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SessionEdit lunch(Actor facilitator) {
        return SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & Learn: Git", WEDNESDAY_NOON, facilitator.personId());
    }

    private List<String> kinds(Actor actor) {
        return notifications.recent(actor, 0).stream().map(NotificationView::kind).toList();
    }
}
