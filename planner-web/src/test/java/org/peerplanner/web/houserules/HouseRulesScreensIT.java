package org.peerplanner.web.houserules;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.houserules.HouseRules;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.home.HomeView;
import org.peerplanner.web.home.HomeWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** House rules: a manager edits them (markup cleaned, revisions kept), members read them, a newcomer is shown them. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class HouseRulesScreensIT extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    TeamService teams;
    @Autowired
    HouseRules rules;
    @Autowired
    PersonLookup people;
    @Autowired
    TestClock clock;

    HomeWorld.Team team;
    String managerEmail;

    @BeforeEach
    void team() {
        team = HomeWorld.team(teams);
        managerEmail = people.person(team.manager().personId()).orElseThrow().getEmail();
    }

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void aManagerWritesTheRulesAndScriptsAreCleanedWithAMessage() {
        HomeWorld.signIn(users, managerEmail);
        var view = navigate("teams/" + team.id() + "/house-rules", HouseRulesView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Nobody has written your team's house rules yet");
        assertThat($(Html.class, view).single().getInnerHtml()).contains("What level of question is welcome?");

        test(view.edit).click();
        test(view.editor.markdown).setValue("# Our rules\n\n<script>alert('x')</script>\n\nBe <b onclick=\"x()\">kind</b>.");
        test(view.editor.save).click();

        assertThat(view.shown().revision()).isEqualTo(1);
        assertThat(view.shown().html()).doesNotContain("script", "onclick").contains("<b>kind</b>");
        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(test(n).getText()).contains("were removed"));
        assertThat(view.getElement().getTextRecursively()).contains("Revision 1 by Mona Manager", "(markup removed)");
    }

    @Test
    void anEmptyPageIsRefusedAndTheEditorStaysOpen() {
        HomeWorld.signIn(users, managerEmail);
        var view = navigate("teams/" + team.id() + "/house-rules", HouseRulesView.class);
        test(view.edit).click();
        test(view.editor.markdown).setValue("   ");
        test(view.editor.save).click();

        assertThat(view.editor.markdown.isInvalid()).isTrue();
        assertThat(rules.revisions(team.manager(), team.id())).isEmpty();
    }

    @Test
    void membersReadTheRulesAndEarlierRevisionsButDoNotEditThem() {
        rules.revise(team.manager(), team.id(), 0, "# Rules\n\nAsk anything.");
        rules.revise(team.manager(), team.id(), 1, "# Rules\n\nAsk anything.\n\nSay thanks.");
        HomeWorld.signIn(users, team.myEmail());

        var view = navigate("teams/" + team.id() + "/house-rules", HouseRulesView.class);
        assertThat(view.edit.getParent()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Revision 2 by Mona Manager", "Revision 1 by");

        var older = navigate("teams/" + team.id() + "/house-rules/1", HouseRulesRevisionView.class);
        assertThat(older.shown().html()).contains("Ask anything.").doesNotContain("Say thanks.");
        assertThat(older.getElement().getTextRecursively()).contains("(an earlier version)");
    }

    @Test
    void anotherTeamsRulesAreNotFound() {
        var other = HomeWorld.team(teams);
        HomeWorld.signIn(users, team.myEmail());

        var view = navigate("teams/" + other.id() + "/house-rules", HouseRulesView.class);

        assertThat(view.getElement().getTextRecursively()).contains("This team was not found");
    }

    @Test
    void aNewcomerIsShownTheRulesOnTheirFirstVisitToHomeOnly() {
        rules.revise(team.manager(), team.id(), 0, "# Rules\n\nWelcome, ask anything.");
        String email = "newcomer." + team.id() + "@example.com";
        teams.addNewPerson(new Actor(-1, true), team.id(), PersonProfile.basic("Nia Newcomer", email, HomeWorld.BERLIN),
                new MembershipTerms(TeamRole.MEMBER, true, HomeWorld.today(clock)));
        HomeWorld.signIn(users, email);

        navigate(HomeView.class);
        var welcome = $(Dialog.class).withClassName("planner-house-rules-arrival").single();
        assertThat($(Html.class, welcome).single().getInnerHtml()).contains("Welcome, ask anything.");
        assertThat(welcome.getHeaderTitle()).contains("our house rules");
        welcome.close();

        navigate(HomeView.class);
        assertThat($(Dialog.class).withClassName("planner-house-rules-arrival").all()).isEmpty();
    }
}
