package org.peerplanner.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class DemoDataIT {

    @Autowired
    DemoDataSeeder seeder;
    @Autowired
    TeamService teams;
    @Autowired
    PersonLookup people;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    org.peerplanner.domain.people.PeopleService peopleService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoOrganisationHasTwoTeamsInDifferentZonesWithManagersMentorsAndTimeOff() {
        var names = teams.visibleTeams(WebFixtures.SYSTEM).stream().map(t -> t.name()).toList();
        assertThat(names).contains("Payments Platform", "Mobile Apps");
        var mobile = teams.members(WebFixtures.SYSTEM, fixtures.teamId("Mobile Apps"), "", PageRequest.of(0, 100));
        assertThat(mobile).hasSizeGreaterThanOrEqualTo(6)
                .anySatisfy(m -> assertThat(m.role().name()).isEqualTo("MANAGER"))
                .anySatisfy(m -> assertThat(m.mentoringAvailable()).isTrue());
        assertThat(people.byEmail("riley@example.com")).get().satisfies(p -> assertThat(p.isAdministrator()).isTrue());
        assertThat(peopleService.details(WebFixtures.SYSTEM, fixtures.personId("jonas@example.com")).profile().absences())
                .isNotEmpty();
    }

    @Test
    void seedingAgainAddsNothing() {
        long people = peopleService.countVisiblePeople(WebFixtures.SYSTEM, "");
        int teamCount = teams.visibleTeams(WebFixtures.SYSTEM).size();

        seeder.run(new DefaultApplicationArguments());

        assertThat(peopleService.countVisiblePeople(WebFixtures.SYSTEM, "")).isEqualTo(people);
        assertThat(teams.visibleTeams(WebFixtures.SYSTEM)).hasSize(teamCount);
    }

    @Test
    void helpRequestsWereAskedOverTheLastDaysAndAnsweredAfterTheyWereAsked() {
        var asked = jdbc.queryForList("select created_at from help_request", java.sql.Timestamp.class);
        assertThat(asked).hasSizeGreaterThanOrEqualTo(8);
        assertThat(asked.stream().map(t -> t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.HOURS)).distinct())
                .as("not all asked in the same hour").hasSizeGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from help_answer a join help_request r on r.id = a.request_id"
                + " where a.created_at <= r.created_at", Integer.class)).as("answers before their question").isZero();
        assertThat(jdbc.queryForObject("select count(*) from help_answer a join help_request r on r.id = a.request_id"
                + " where r.closed_at is not null and a.created_at > r.closed_at", Integer.class))
                .as("answers after the request was closed").isZero();
    }
}
