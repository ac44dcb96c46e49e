package org.peerplanner.web.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.recognition.ContributionKinds;
import org.peerplanner.domain.recognition.MilestoneKind;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.recognition.NextStep;
import org.peerplanner.domain.recognition.TeamContributions;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.home.HomeWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The own page, the next step on Home, and the managers' view, on the demo organisation, without a browser. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class RecognitionScreensIT extends SpringBrowserlessTest {

    @Autowired
    WebFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    MyContributions contributions;
    @Autowired
    TeamContributions team;
    @Autowired
    SessionService sessions;

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    private Actor actor(String email) {
        return new Actor(fixtures.personId(email), false);
    }

    @Test
    void jonasSeesHisWholeLedgerHisMilestonesHisThanksAndHisExports() {
        HomeWorld.signIn(users, "jonas@example.com");
        var view = navigate(MyContributionsView.class);

        assertThat(view.page.name()).isEqualTo("Jonas Weber");
        assertThat(view.page.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.personId())
                .isEqualTo(fixtures.personId("jonas@example.com")));
        assertThat(view.page.entries()).extracting(e -> e.kind().code()).contains(ContributionKinds.SESSION_LED.code());
        assertThat(view.milestones.getElement().getTextRecursively()).contains("First session led",
                "Led three different topics", "First mentee");
        assertThat(view.totals.getText()).contains("Led a session: ");
        assertThat(view.thanksReceived.getElement().getTextRecursively()).as("the thanks feature's own section")
                .contains("Thanks received", "Tomás García");
        assertThat($(Anchor.class).id("my-contributions-xlsx").getElement().getAttribute("download")).isNotNull();
        assertThat($(Anchor.class).id("my-contributions-markdown")).isNotNull();
        assertThat(contributions.markdown(actor("jonas@example.com"))).startsWith("# Contributions of Jonas Weber")
                .contains("## Milestones", "- **First session led** (", "Led a session: Lunch & learn");
    }

    @Test
    void tomasTheDemoNewcomerIsOfferedToCoFacilitate() {
        long payments = fixtures.teamId("Payments Platform");
        var step = contributions.nextStep(actor("tomas@example.com"), payments).orElseThrow();

        assertThat(step.kind()).isEqualTo(NextStep.Kind.CO_FACILITATE);
    }

    @Test
    void aNewcomerOffersToCoFacilitateFromHomeAndBecomesTheSessionsCoFacilitator() {
        String email = fixtures.newMember("Payments Platform", "Nora Newcomer");
        HomeWorld.signIn(users, email);
        navigate(HomeView.class);
        var panel = $(NextStepPanel.class).single();
        assertThat(panel.headline.getText()).startsWith("Co-facilitate “");
        long sessionId = contributions.nextStep(actor(email), fixtures.teamId("Payments Platform")).orElseThrow()
                .sessionId();

        test(panel.offer).click();

        assertThat(panel.offer.isEnabled()).isFalse();
        assertThat(panel.text.getText()).startsWith("Thank you: you co-facilitate");
        assertThat(sessions.details(actor(email), sessionId).coFacilitator().id()).isEqualTo(actor(email).personId());
    }

    @Test
    void mariaSeesHerTeamAlphabeticallyWithCountsAndWhoHasNotLedYet() {
        HomeWorld.signIn(users, "maria@example.com");
        var view = navigate(TeamContributionsView.class);
        test(view.from).setValue(LocalDate.of(2020, 1, 1));

        var names = view.grid.getListDataView().getItems().map(m -> m.name()).toList();
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH))
                .contains("Jonas Weber", "Tomás García");
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText()).contains("Member", "Led a session")
                .doesNotContain("Took on a mentee", "Completed a mentorship");
        var jonas = view.grid.getListDataView().getItems().filter(m -> m.name().equals("Jonas Weber")).findFirst()
                .orElseThrow();
        assertThat(jonas.count(ContributionKinds.SESSION_LED)).isPositive();
        assertThat(view.neverLed.getText()).contains("Tomás García").doesNotContain("Jonas Weber");
        assertThat($(Anchor.class).id("team-contributions-xlsx")).isNotNull();
    }

    @Test
    void aMemberIsNotShownTheTeamsCountsAndAnotherTeamsManagerIsToldItDoesNotExist() {
        HomeWorld.signIn(users, "jonas@example.com");
        var view = navigate(TeamContributionsView.class);
        assertThat(view.grid.getColumns()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Only a team's managers see its contributions.");

        long mobile = fixtures.teamId("Mobile Apps");
        assertThatThrownBy(() -> team.period(actor("maria@example.com"), mobile, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void milestonesAreEarnedBySeveralDemoPeople() {
        long withMilestones = java.util.stream.Stream.of("jonas", "aisha", "lukas", "zoe", "priya", "emily", "hannah")
                .filter(p -> !contributions.page(actor(p + "@example.com"), null).milestones().isEmpty()).count();
        assertThat(withMilestones).isGreaterThanOrEqualTo(5);
        assertThat(contributions.page(actor("emily@example.com"), null).milestones())
                .extracting(m -> m.kind()).contains(MilestoneKind.MENTORSHIP_COMPLETED);
    }
}
