package org.peerplanner.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** People & teams as Maria, manager of Payments Platform in the demo organisation, sees them. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class PeopleScreensIT extends SpringBrowserlessTest {

    @Autowired
    PeopleService people;
    @Autowired
    SignInService signIn;
    @Autowired
    TeamService teams;
    @Autowired
    WebFixtures fixtures;

    @Test
    @WithUserDetails("maria@example.com")
    void aManagerSeesHerTeamsMembersAndNotTheOtherTeam() {
        var view = navigate(PeopleView.class);

        assertThat(view.addNew.isVisible()).isTrue();
        assertThat(test(view.members).size()).isGreaterThanOrEqualTo(7);
        assertThat(view.teamGrid.getListDataView().getItems().map(t -> t.name()).toList())
                .containsExactly("Payments Platform");
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberSeesTheTeamButCannotAddPeople() {
        var view = navigate(PeopleView.class);

        assertThat(view.addNew.isVisible()).isFalse();
        assertThat(view.addExisting.isVisible()).isFalse();
        assertThat(view.newTeam.isVisible()).isFalse();
        assertThat(test(view.members).size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    @WithUserDetails("maria@example.com")
    void addingAPersonWithBadInputShowsMessagesAndSavesNothingThenAGoodOneShowsTheirPassword() {
        long team = fixtures.teamId("Payments Platform");
        long before = teams.countMembers(WebFixtures.SYSTEM, team, "");
        var view = navigate(PeopleView.class);
        test(view.addNew).click();
        var dialog = $(NewPersonDialog.class).single();

        test(dialog.form.fullName).setValue("Nadia Haddad");
        test(dialog.form.email).setValue("maria@example.com");
        test(dialog.form.save).click();

        assertThat(dialog.form.email.isInvalid()).isTrue();
        assertThat(dialog.form.email.getErrorMessage()).isEqualTo("Another person already uses this email address.");
        assertThat(teams.countMembers(WebFixtures.SYSTEM, team, "")).isEqualTo(before);

        String email = "nadia." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        test(dialog.form.email).setValue(email);
        test(dialog.form.save).click();

        assertThat(teams.countMembers(WebFixtures.SYSTEM, team, "")).isEqualTo(before + 1);
        var password = $(TextField.class, dialog).id("initial-password");
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(signIn.signInAccount(email)).isPresent();
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theSecondOfTwoEditorsGetsAConflictMessageAndKeepsWhatTheyTyped() {
        String email = fixtures.newMember("Payments Platform", "Olu Bello");
        long olu = fixtures.personId(email);
        var view = navigate("people/" + olu, PersonView.class);

        Actor oluHimself = new Actor(olu, false);
        var fresh = people.details(oluHimself, olu);
        people.reviseProfile(oluHimself, olu, fresh.version(), fresh.profile().withMentoring(true, 1, "His own words"));
        test(view.form.mentoringAvailable).click();
        test(view.form.mentoringTopics).setValue("Maria's words");
        test(view.form.save).click();

        var notice = $(Notification.class).last();
        assertThat(test(notice).getText()).contains("changed by someone else");
        assertThat(view.form.mentoringTopics.getValue()).isEqualTo("Maria's words");
        assertThat(people.details(oluHimself, olu).profile().mentoringTopics()).isEqualTo("His own words");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void editingTheUrlToAnotherTeamsPersonShowsNotFoundAndNoForm() {
        long daniel = fixtures.personId("daniel@example.com");
        var before = people.details(WebFixtures.SYSTEM, daniel);

        navigate("people/" + daniel, PersonView.class);

        assertThat($view(NotFoundNotice.class).exists()).isTrue();
        assertThat($view(PersonForm.class).exists()).isFalse();
        assertThat(people.details(WebFixtures.SYSTEM, daniel)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("maria@example.com")
    void aManagerChangesATeammatesSkillsThroughTheForm() {
        String email = fixtures.newMember("Payments Platform", "Ines Costa");
        long ines = fixtures.personId(email);
        var view = navigate("people/" + ines, PersonView.class);

        test(view.form.skills.newName).setValue("Terraform");
        test(view.form.skills.newLevel).selectItem("4 · experienced");
        test(view.form.skills.add).click();
        test(view.form.save).click();

        assertThat(people.details(WebFixtures.SYSTEM, ines).profile().skills())
                .extracting(s -> s.name() + " " + s.proficiency()).containsExactly("Terraform 4");
    }
}
