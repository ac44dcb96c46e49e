package org.peerplanner.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.home.HomeWorld;
import org.peerplanner.web.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bell: the unread count (also in its accessible name), the newest first, and marking them read. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class NotificationBellIT extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SwapService swaps;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;

    HomeWorld.Team team;

    @Autowired
    java.time.Clock clock;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @BeforeEach
    void myTeam() {
        team = HomeWorld.team(teams);
        HomeWorld.signIn(users, team.myEmail());
    }

    @Test
    void theBellCountsWhatASessionAskedOfMeAndMarkAllReadEmptiesIt() {
        HomeWorld.lunch(sessions, team, "Lunch & learn: Git bisect", HomeWorld.soon(clock), team.me());
        long swapped = HomeWorld.lunch(sessions, team, "Deep dive: Kafka", HomeWorld.soon(clock).plusWeeks(1), team.teammate());
        facilitation.accept(team.teammate(), swapped);
        swaps.requestSwap(team.teammate(), swapped, "On call");

        navigate(HomeView.class);
        var bell = $(NotificationBell.class).single();

        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 3 unread");
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("3");

        bell.popover.setOpened(true);

        assertThat(entries(bell)).containsExactly(
                "Tom Teammate asks someone to take over “Deep dive: Kafka”",
                "Will you come to “Deep dive: Kafka”?",
                "You are proposed to lead “Lunch & learn: Git bisect”");
        assertThat(bell.list.getChildren()).allSatisfy(entry ->
                assertThat(entry.getElement().getChild(0).getClassList()).contains("unread"));

        test(bell.markAllRead).click();

        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, none unread");
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.list.getChildren()).noneSatisfy(entry ->
                assertThat(entry.getElement().getChild(0).getClassList()).contains("unread"));
    }

    @Test
    void openingANotificationMarksItReadAndShowsItsSession() {
        HomeWorld.lunch(sessions, team, "Lunch & learn: Flaky tests", HomeWorld.soon(clock), team.me());
        navigate(HomeView.class);
        var bell = $(NotificationBell.class).single();
        bell.popover.setOpened(true);

        test($(NativeButton.class).withClassName("planner-bell-entry").first()).click();

        assertThat(getCurrentView()).isInstanceOf(SessionView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Lunch & learn: Flaky tests");
        assertThat(notifications.unreadCount(team.me())).isZero();
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, none unread");
    }

    @Test
    void countsAreReadAgainOnEveryNavigation() {
        navigate(HomeView.class);
        var bell = $(NotificationBell.class).single();
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, none unread");

        HomeWorld.lunch(sessions, team, "Lunch & learn: Later", HomeWorld.soon(clock), team.me());
        navigate(HomeView.class);

        assertThat($(NotificationBell.class).single().bell.getAriaLabel()).hasValue("Notifications, 1 unread");
    }

    private static java.util.List<String> entries(NotificationBell bell) {
        return bell.list.getChildren().map(entry -> entry.getElement().getChild(0).getChild(0).getText()).toList();
    }
}
