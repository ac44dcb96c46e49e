package org.peerplanner.web.thanks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.thanks.SayThanks;
import org.peerplanner.domain.thanks.Thanks;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.home.HomeWorld;
import org.peerplanner.web.knowledge.ArticleView;
import org.peerplanner.web.people.PersonView;
import org.peerplanner.web.profile.ProfileView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The thanks dialog, the profile's "Thanks received" and the thank-you wall, without a browser. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class ThanksScreensIT extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    TeamService teams;
    @Autowired
    Thanks thanks;
    @Autowired
    ArticleService articles;
    @Autowired
    NotificationService notifications;
    @Autowired
    PersonLookup people;
    @Autowired
    TestClock clock;

    HomeWorld.Team team;

    @BeforeEach
    void team() {
        team = HomeWorld.team(teams);
    }

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void aThankYouFromAProfileReachesTheTeammate() {
        HomeWorld.signIn(users, team.myEmail());
        navigate("people/" + team.teammate().personId(), PersonView.class);
        test(sayThanks()).click();
        var dialog = $(ThanksDialog.class).single();
        assertThat(dialog.receiver.getValue().name()).isEqualTo("Tom Teammate");

        test(dialog.send).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();

        test(dialog.reason).setValue("Your checklist made my first release calm.");
        test(dialog.send).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.about.isInvalid()).isTrue();
        assertThat(dialog.reason.getValue()).isEqualTo("Your checklist made my first release calm.");

        test(dialog.about).setValue("the release checklist");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(thanks.received(team.teammate())).singleElement()
                .satisfies(card -> assertThat(card.reason()).isEqualTo("Your checklist made my first release calm."));
        assertThat(notifications.recent(team.teammate(), 0)).anySatisfy(n ->
                assertThat(n.title()).isEqualTo("Ida Me thanked you for their help with the release checklist"));
    }

    @Test
    void aThankYouOverTheCapSaysWhyAndKeepsTheText() {
        thanks.give(team.me(), SayThanks.forHelp(team.id(), team.teammate().personId(), "the review", "Thanks!"));
        thanks.give(team.me(), SayThanks.forHelp(team.id(), team.teammate().personId(), "the pairing", "Thanks again!"));
        HomeWorld.signIn(users, team.myEmail());
        navigate("people/" + team.teammate().personId(), PersonView.class);
        test(sayThanks()).click();
        var dialog = $(ThanksDialog.class).single();
        test(dialog.about).setValue("the on-call handover");
        test(dialog.reason).setValue("You stayed late so I could sleep.");

        test(dialog.send).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.refusal.isVisible()).isTrue();
        assertThat(dialog.refusal.getText()).contains("thanked Tom Teammate twice this week", "Your text is kept");
        assertThat(dialog.reason.getValue()).isEqualTo("You stayed late so I could sleep.");
        assertThat(dialog.about.getValue()).isEqualTo("the on-call handover");
        assertThat(thanks.received(team.teammate())).hasSize(2);
    }

    @Test
    void anArticleIsThankedWithItsAuthorChosen() {
        long article = articles.create(team.teammate(), team.id(), new ArticleDraft("Reading query plans",
                "Start at the innermost node.", List.of(), LocalDate.now(clock).plusMonths(6), Set.of(), Set.of(),
                List.of())).id();
        HomeWorld.signIn(users, team.myEmail());
        navigate("knowledge/" + article, ArticleView.class);
        test(sayThanks()).click();
        var dialog = $(ThanksDialog.class).single();
        assertThat(dialog.receiver.getValue().name()).isEqualTo("Tom Teammate");
        assertThat(dialog.about.isVisible()).isFalse();
        test(dialog.reason).setValue("I fixed our slowest query with it.");
        test(dialog.send).click();

        assertThat(thanks.received(team.teammate())).singleElement().satisfies(card -> {
            assertThat(card.forText()).isEqualTo("for the article Reading query plans");
            assertThat(card.link()).isEqualTo("knowledge/" + article);
        });
    }

    @Test
    void thanksReceivedShowOnTheReceiversOwnProfile() {
        var view = navigateAsTeammate();
        assertThat(view.getElement().getTextRecursively()).contains("Thanks received", "No thanks yet");

        thanks.give(team.me(), SayThanks.forHelp(team.id(), team.teammate().personId(), "the flaky test",
                "You found the race in ten minutes."));
        navigate(HomeView.class);
        view = navigate(ProfileView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Ida Me thanked you for their help with the flaky test",
                "You found the race in ten minutes.");
    }

    @Test
    void theWallIsOffUntilAManagerSwitchesItOn() {
        thanks.give(team.me(), SayThanks.forHelp(team.id(), team.teammate().personId(), "the demo",
                "The demo went perfectly thanks to your rehearsal."));
        HomeWorld.signIn(users, team.myEmail());
        var wall = navigate("teams/" + team.id() + "/thanks", ThankYouWallView.class);
        assertThat(wall.getElement().getTextRecursively()).contains("The thank-you wall is off for this team")
                .doesNotContain("rehearsal");
        assertThat(wall.shown.getParent()).isEmpty();

        // Another person in the same browser UI: leave the page first, so the view is made for them.
        navigate(HomeView.class);
        HomeWorld.signIn(users, people.person(team.manager().personId()).orElseThrow().getEmail());
        wall = navigate("teams/" + team.id() + "/thanks", ThankYouWallView.class);
        test(wall.shown).click();
        assertThat(wall.getElement().getTextRecursively()).contains("Ida Me thanked Tom Teammate", "rehearsal");

        navigate(HomeView.class);
        HomeWorld.signIn(users, team.myEmail());
        wall = navigate("teams/" + team.id() + "/thanks", ThankYouWallView.class);
        assertThat(wall.getElement().getTextRecursively()).contains("rehearsal");
    }

    @Test
    void anotherTeamsWallIsNotFound() {
        var other = HomeWorld.team(teams);
        HomeWorld.signIn(users, team.myEmail());

        var wall = navigate("teams/" + other.id() + "/thanks", ThankYouWallView.class);

        assertThat(wall.getElement().getTextRecursively()).contains("This team was not found");
    }

    private ProfileView navigateAsTeammate() {
        HomeWorld.signIn(users, people.person(team.teammate().personId()).orElseThrow().getEmail());
        return navigate(ProfileView.class);
    }

    private Button sayThanks() {
        return $(Button.class).withClassName("planner-say-thanks").single();
    }
}
