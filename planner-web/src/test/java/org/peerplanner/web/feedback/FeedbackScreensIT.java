package org.peerplanner.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.SessionWrapUp;
import org.peerplanner.domain.action.SessionWrapUpService;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.domain.session.SessionAttendance;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.home.HomeWorld;
import org.peerplanner.web.profile.ProfileView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The feedback form for those who came, the facilitator's view of the answers without names, the opt-out on the
 * profile. Without a browser. (Ticking who came in the wrap-up dialog: {@code WrapUpAttendanceIT}.)
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class FeedbackScreensIT extends SpringBrowserlessTest {

    @Autowired TestClock clock;
    @Autowired TeamService teams;
    @Autowired SessionService sessions;
    @Autowired SessionAttendance attendance;
    @Autowired FeedbackService feedback;
    @Autowired UserDetailsService users;
    @Autowired SessionWrapUpService wrapUps;
    @Autowired WebFixtures fixtures;

    HomeWorld.Team team;
    long session;

    @BeforeEach
    void aSessionYesterday() {
        team = HomeWorld.team(teams);
        ZonedDateTime yesterday = HomeWorld.soon(clock).minusDays(3);
        session = HomeWorld.lunch(sessions, team, "Lunch & learn: retries", yesterday, team.me());
    }

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void thoseWhoCameAnswerAndTheFacilitatorSeesNoNames() {
        wrapUps.wrapUp(team.manager(), session, sessions.details(team.manager(), session).version(),
                new SessionWrapUp(null, List.of(), List.of(), Set.of(team.me().personId(), team.teammate().personId())));

        HomeWorld.signIn(users, "tom." + team.myEmail().substring(3));
        var asked = navigate("sessions/" + session + "/feedback", FeedbackView.class);
        test(asked.form.send).click();
        assertThat(asked.form.usefulness.isInvalid()).isTrue();
        test(asked.form.usefulness).selectItem("4");
        test(asked.form.willUse).setValue("Retry budgets in the payment client");
        test(asked.form.send).click();
        assertThat(asked.form.isEnabled()).isFalse();
        assertThat(feedback.page(team.teammate(), session).viewerMayAnswer()).isFalse();

        navigate(ProfileView.class); // a new person in the same UI: leave, so the feedback page is built for them
        HomeWorld.signIn(users, team.myEmail());
        var lead = navigate("sessions/" + session + "/feedback", FeedbackView.class);
        assertThat(lead.form).as("leads are not asked").isNull();
        assertThat(lead.summary.getElement().getTextRecursively())
                .contains("shown once 3 people have answered").doesNotContain("Tom Teammate", "Retry budgets");
    }

    @Test
    void anOutsiderFindsNothingAndAPersonOptsOutOnTheirProfile() {
        HomeWorld.signIn(users, "jonas@example.com");
        var view = navigate("sessions/" + session + "/feedback", FeedbackView.class);
        assertThat(view.getElement().getTextRecursively()).contains("The session was not found");

        navigate(ProfileView.class);
        var optOut = $(Checkbox.class).id("feedback-opt-out");
        assertThat(optOut.getValue()).isFalse();
        test(optOut).click();
        var jonas = new Actor(fixtures.personId("jonas@example.com"), false);
        assertThat(feedback.optedOut(jonas)).isTrue();
        test(optOut).click();
        assertThat(feedback.optedOut(jonas)).isFalse();
    }
}
