package org.peerplanner.domain.feedback;

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
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feedback after a held session: those who came are asked in the bell, answer once, and stay anonymous; the
 * facilitator sees the aggregate from three answers on; a team can turn it off and a person can opt out.
 */
@SpringBootTest
@UsePlannerTestDatabase
class SessionFeedbackIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime JAN_12 = ZonedDateTime.of(2027, 1, 12, 12, 30, 0, 0, BERLIN);

    @Autowired TestClock clock;
    @Autowired SessionService sessions;
    @Autowired FacilitationService facilitation;
    @Autowired SessionWrapUpService wrapUps;
    @Autowired FeedbackService feedback;
    @Autowired NotificationService notifications;
    @Autowired DomainFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    long team;
    Actor manager;
    Actor lead;
    Actor ana;
    Actor ben;
    Actor cem;
    Actor absent;

    @BeforeEach
    void aTeam() {
        clock.set(Instant.parse("2026-12-01T07:41:00Z"));
        team = fixtures.team("Feedback");
        manager = fixtures.manager(team);
        lead = fixtures.member(team);
        ana = fixtures.member(team);
        ben = fixtures.member(team);
        cem = fixtures.member(team);
        absent = fixtures.member(team);
    }

    private long heldSession() {
        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: flags",
                JAN_12, lead.personId()));
        facilitation.accept(lead, s.id());
        clock.set(JAN_12.plusHours(1).toInstant());
        long version = sessions.details(lead, s.id()).version();
        wrapUps.wrapUp(lead, s.id(), version, new SessionWrapUp(null, List.of(), List.of(),
                Set.of(lead.personId(), ana.personId(), ben.personId(), cem.personId())));
        return s.id();
    }

    private long unreadAsks(Actor who) {
        return notifications.recent(who, 0).stream().filter(n -> n.kind().equals("feedback.asked") && n.unread()).count();
    }

    @Test
    void thoseWhoCameAreAskedAndTheFacilitatorSeesOnlyTheAggregateFromThreeAnswers() {
        long id = heldSession();
        assertThat(unreadAsks(ana)).isEqualTo(1);
        assertThat(unreadAsks(absent)).as("did not come").isZero();
        assertThat(unreadAsks(lead)).as("leads are not asked").isZero();

        feedback.give(ana, id, new FeedbackAnswer(5, "  Feature   flags for the  billing rollout "));
        feedback.give(ben, id, new FeedbackAnswer(3, null));
        assertThat(unreadAsks(ana)).as("answering reads the question").isZero();

        var early = feedback.page(lead, id).summary();
        assertThat(early.answers()).isEqualTo(2);
        assertThat(early.shown()).isFalse();
        assertThat(early.lines()).isEmpty();

        feedback.give(cem, id, new FeedbackAnswer(4, "A kill switch"));
        var summary = feedback.page(lead, id).summary();
        assertThat(summary.shown()).isTrue();
        assertThat(summary.average()).isEqualTo(4.0);
        assertThat(summary.byScore()).containsExactly(0, 0, 1, 1, 1);
        assertThat(summary.lines()).containsExactly("A kill switch", "Feature flags for the billing rollout");
        assertThat(feedback.page(manager, id).summary()).isEqualTo(summary);
        assertThat(feedback.page(ana, id).summary()).as("attendees do not see each other's answers").isNull();
    }

    @Test
    void anAnswerIsStoredWithoutItsPersonAndOnlyOnce() {
        long id = heldSession();
        feedback.give(ana, id, new FeedbackAnswer(2, "Less theory"));

        assertThat(jdbc.queryForList("select * from session_feedback where session_id = ?", id))
                .singleElement().satisfies(row -> assertThat(row.keySet()).map(String::toLowerCase)
                        .containsExactlyInAnyOrder("id", "session_id", "usefulness", "will_use"));
        assertThatThrownBy(() -> feedback.give(ana, id, new FeedbackAnswer(5, "Changed my mind")))
                .isInstanceOf(InvalidInputException.class).hasMessage("You have answered already. Thank you!");
        assertThat(feedback.page(ana, id).viewerMayAnswer()).isFalse();
    }

    @Test
    void onlyThoseWhoCameAnswerAndBadAnswersAreRefused() {
        long id = heldSession();
        assertThatThrownBy(() -> feedback.give(absent, id, new FeedbackAnswer(4, null)))
                .hasMessage("Only people who came to the session are asked for feedback.");
        assertThatThrownBy(() -> feedback.give(lead, id, new FeedbackAnswer(5, null)))
                .hasMessageContaining("You led this session");
        assertThatThrownBy(() -> feedback.give(ana, id, new FeedbackAnswer(6, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> feedback.give(ana, id, new FeedbackAnswer(4, "x".repeat(201))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("200 characters");
        assertThat(jdbc.queryForObject("select count(*) from session_feedback_given where session_id = ?", Long.class, id))
                .isZero();
        Actor stranger = fixtures.member(fixtures.team("Elsewhere"));
        assertThatThrownBy(() -> feedback.page(stranger, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTeamCanTurnFeedbackOffAndAPersonCanOptOut() {
        assertThatThrownBy(() -> feedback.setTeamAsks(ana, team, false)).isInstanceOf(NotPermittedException.class);
        feedback.setTeamAsks(manager, team, false);
        assertThat(feedback.teamAsks(ana, team)).isFalse();
        long quiet = heldSession();
        assertThat(unreadAsks(ana)).isZero();
        assertThatThrownBy(() -> feedback.give(ana, quiet, new FeedbackAnswer(4, null)))
                .hasMessage("This team does not ask for feedback after sessions.");

        feedback.setTeamAsks(manager, team, true);
        feedback.optOut(ben, true);
        assertThat(feedback.optedOut(ben)).isTrue();
        clock.set(Instant.parse("2026-12-01T07:41:00Z"));
        var next = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: more",
                JAN_12.plusWeeks(1), lead.personId()));
        facilitation.accept(lead, next.id());
        clock.set(JAN_12.plusWeeks(1).plusHours(1).toInstant());
        wrapUps.wrapUp(lead, next.id(), sessions.details(lead, next.id()).version(), new SessionWrapUp(null,
                List.of(), List.of(), Set.of(lead.personId(), ana.personId(), ben.personId())));
        assertThat(unreadAsks(ana)).isEqualTo(1);
        assertThat(unreadAsks(ben)).isZero();
        assertThat(feedback.page(ben, next.id()).notAskedBecause())
                .isEqualTo("You chose in your profile not to be asked for feedback.");
        feedback.optOut(ben, false);
        assertThat(feedback.page(ben, next.id()).viewerMayAnswer()).isTrue();
    }
}
