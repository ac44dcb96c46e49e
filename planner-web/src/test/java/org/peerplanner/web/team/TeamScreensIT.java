package org.peerplanner.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.NotFoundNotice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class TeamScreensIT extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;
    @Autowired
    WebFixtures fixtures;

    @Test
    @WithUserDetails("daniel@example.com")
    void aManagerCreatesATeamAndBecomesItsManager() {
        var view = navigate("teams/new", TeamView.class);
        String name = "Design Guild " + System.nanoTime();

        test(view.form.name).setValue(name);
        test(view.form.save).click();

        long daniel = fixtures.personId("daniel@example.com");
        assertThat(teams.visibleTeams(new org.peerplanner.domain.access.Actor(daniel, false)))
                .anySatisfy(t -> {
                    assertThat(t.name()).isEqualTo(name);
                    assertThat(t.manageable()).isTrue();
                });
    }

    @Test
    @WithUserDetails("daniel@example.com")
    void aDuplicateTeamNameIsShownOnTheFieldAndNothingChanges() {
        long mobile = fixtures.teamId("Mobile Apps");
        var before = teams.details(WebFixtures.SYSTEM, mobile);
        var view = navigate("teams/" + mobile, TeamView.class);

        test(view.form.name).setValue("payments platform");
        test(view.form.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Another team already has this name.");
        assertThat(teams.details(WebFixtures.SYSTEM, mobile)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberSeesTeamSettingsReadOnly() {
        var view = navigate("teams/" + fixtures.teamId("Payments Platform"), TeamView.class);

        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.name.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("maria@example.com")
    void anotherTeamsSettingsAreNotFound() {
        navigate("teams/" + fixtures.teamId("Mobile Apps"), TeamView.class);

        assertThat($view(NotFoundNotice.class).exists()).isTrue();
        assertThat($view(TeamForm.class).exists()).isFalse();
    }
}
