package org.peerplanner.web.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionAttendance;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.home.HomeWorld;
import org.peerplanner.web.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Who came, in the wrap-up dialog: ticked from the answers and those who lead, changed by the facilitator, stored. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class WrapUpAttendanceIT extends SpringBrowserlessTest {

    @Autowired TestClock clock;
    @Autowired TeamService teams;
    @Autowired SessionService sessions;
    @Autowired AttendanceService answers;
    @Autowired SessionAttendance attendance;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void theDialogTicksThoseWhoSaidYesAndThoseWhoLeadAndSavesTheFacilitatorsTicks() {
        var team = HomeWorld.team(teams);
        long session = HomeWorld.lunch(sessions, team, "Lunch & learn: retries", HomeWorld.soon(clock).minusDays(3),
                team.me());
        answers.answer(team.teammate(), session, Rsvp.YES);
        answers.answer(team.manager(), session, Rsvp.NO);
        HomeWorld.signIn(users, team.myEmail());
        navigate("sessions/" + session, SessionView.class);
        test($view(FollowUpSection.class).single().wrapUp).click();
        var dialog = $(SessionWrapUpDialog.class).single();

        assertThat(dialog.cameToIt.getValue()).extracting(p -> p.personId())
                .containsExactlyInAnyOrder(team.me().personId(), team.teammate().personId());
        assertThat(dialog.cameToIt.getListDataView().getItems().map(p -> p.answer()))
                .containsExactlyInAnyOrder("Leads the session", "Yes", "No");

        test(dialog.cameToIt).deselectItem("Tom Teammate (yes)");
        test(dialog.cameToIt).selectItem("Mona Manager (no)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(sessions.details(team.manager(), session).status()).isEqualTo(SessionStatus.HELD);
        assertThat(attendance.attended(session)).containsExactlyInAnyOrder(team.me().personId(),
                team.manager().personId());
    }
}
