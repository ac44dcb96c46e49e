package org.peerplanner.domain.help;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamService;
import org.springframework.stereotype.Component;

/** Askers and helpers in fresh teams, made through the real services. */
@Component
class HelpWorld {

    private final DomainFixtures fixtures;
    private final TeamService teams;

    HelpWorld(DomainFixtures fixtures, TeamService teams) {
        this.fixtures = fixtures;
        this.teams = teams;
    }

    long team(String name) {
        return fixtures.team(name);
    }

    Actor manager(long team) {
        return fixtures.manager(team);
    }

    Actor person(long team, String name, List<Absence> absences, Skill... skills) {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var profile = PersonProfile.basic(name, email, ZoneId.of("Europe/Berlin")).withSkills(List.of(skills))
                .withAbsences(absences);
        long id = teams.addNewPerson(DomainFixtures.SYSTEM_ADMIN, team, profile,
                new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 1, 5))).personId();
        return new Actor(id, false);
    }

    Actor person(long team, String name, Skill... skills) {
        return person(team, name, List.of(), skills);
    }

    /** A tag no other test uses, so routing in the shared test database sees only this test's people. */
    static String tag(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
