package org.peerplanner.domain.team;

import org.peerplanner.domain.access.TeamRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
@UsePlannerTestDatabase
class TeamServiceIT {

    @Autowired
    TeamService teams;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void aManagerCreatesATeamAndManagesIt() {
        long first = fixtures.team("Origin");
        Actor manager = fixtures.manager(first);
        var settings = new TeamSettings(DomainFixtures.unique("Platform"), java.time.ZoneId.of("America/Los_Angeles"),
                java.time.DayOfWeek.THURSDAY, java.time.LocalTime.of(12, 30), 60, Cadence.EVERY_SPRINT, 2,
                LocalDate.of(2026, 1, 7), "https://meet.example.com/platform");

        var created = teams.createTeam(manager, settings);

        assertThat(created.manageable()).isTrue();
        assertThat(created.cadence()).isEqualTo("Every sprint (2 weeks, from 2026-01-07)");
        assertThat(teams.visibleTeams(manager)).extracting(TeamSummary::id).contains(first, created.id());
        assertThat(teams.members(manager, created.id(), "", PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.role()).isEqualTo(TeamRole.MANAGER));
    }

    @Test
    void aMemberCannotCreateOrChangeTeams() {
        long team = fixtures.team("Members");
        Actor member = fixtures.member(team);
        var details = teams.details(member, team);

        assertThatThrownBy(() -> teams.createTeam(member, DomainFixtures.settings(DomainFixtures.unique("Nope"))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> teams.reviseTeam(member, team, details.version(), details.settings()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anotherTeamLooksLikeItDoesNotExist() {
        long ours = fixtures.team("Ours");
        long theirs = fixtures.team("Theirs");
        Actor manager = fixtures.manager(ours);

        assertThatThrownBy(() -> teams.details(manager, theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teams.members(manager, theirs, "", PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThat(teams.visibleTeams(manager)).extracting(TeamSummary::id).containsExactly(ours);
    }

    @Test
    void sprintCadenceNeedsItsDetailsAndNamesAreUnique() {
        long team = fixtures.team("Rules");
        Actor manager = fixtures.manager(team);
        var details = teams.details(manager, team);
        var s = details.settings();
        var sprintWithoutLength = new TeamSettings(s.name(), s.timeZone(), s.slotDay(), s.slotStart(), s.slotMinutes(),
                Cadence.EVERY_SPRINT, null, null, s.defaultLocation());
        long other = fixtures.team("Taken");
        String takenName = teams.details(DomainFixtures.SYSTEM_ADMIN, other).settings().name();
        var duplicate = new TeamSettings(takenName.toUpperCase(), s.timeZone(), s.slotDay(), s.slotStart(),
                s.slotMinutes(), s.cadence(), null, null, null);

        assertThatThrownBy(() -> teams.reviseTeam(manager, team, details.version(), sprintWithoutLength))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("sprintWeeks"));
        assertThatThrownBy(() -> teams.reviseTeam(manager, team, details.version(), duplicate))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThat(teams.details(manager, team)).isEqualTo(details);
    }

    @Test
    void aStaleTeamFormGetsAConflict() {
        long team = fixtures.team("Stale");
        Actor manager = fixtures.manager(team);
        var stale = teams.details(manager, team);
        var s = stale.settings();
        teams.reviseTeam(manager, team, stale.version(), new TeamSettings(s.name(), s.timeZone(), s.slotDay(),
                s.slotStart(), 60, s.cadence(), null, null, s.defaultLocation()));

        assertThatThrownBy(() -> teams.reviseTeam(manager, team, stale.version(), stale.settings()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void membershipsKeepOneManagerAndOnePlacePerPerson() {
        long team = fixtures.team("Memberships");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        var rows = teams.members(manager, team, "", PageRequest.of(0, 10));
        var managerRow = rows.stream().filter(r -> r.personId() == manager.personId()).findFirst().orElseThrow();
        var memberRow = rows.stream().filter(r -> r.personId() == member.personId()).findFirst().orElseThrow();

        assertThatThrownBy(() -> teams.changeMembership(manager, managerRow.membershipId(), managerRow.membershipVersion(),
                new MembershipTerms(TeamRole.MEMBER, true, managerRow.joinedOn())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("at least one manager"));
        assertThatThrownBy(() -> teams.addExistingPerson(manager, team, memberRow.email(),
                new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 2, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("already in this team"));

        teams.changeMembership(manager, memberRow.membershipId(), memberRow.membershipVersion(),
                new MembershipTerms(TeamRole.MANAGER, false, memberRow.joinedOn()));
        teams.removeMember(manager, managerRow.membershipId());
        assertThat(teams.countMembers(member, team, "")).isEqualTo(1);
    }
}
