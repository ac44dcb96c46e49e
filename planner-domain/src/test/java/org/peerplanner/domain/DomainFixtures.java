package org.peerplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds teams and people through the real services for integration tests. Names are unique per
 * call, so tests sharing one database never trip over each other's data.
 */
@Component
public class DomainFixtures {

    public static final Actor SYSTEM_ADMIN = new Actor(-1, true);

    @Autowired
    private TeamService teams;

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static TeamSettings settings(String name) {
        return new TeamSettings(name, ZoneId.of("Europe/Berlin"), DayOfWeek.TUESDAY, LocalTime.NOON, 45,
                Cadence.WEEKLY, null, null, "Room 4.01");
    }

    public long team(String name) {
        return teams.createTeam(SYSTEM_ADMIN, settings(unique(name))).id();
    }

    /** Adds a new person to the team and returns them as an actor. */
    public Actor person(long teamId, String name, TeamRole role) {
        String email = UUID.randomUUID().toString().substring(0, 8) + "." + name.toLowerCase().replace(' ', '.') + "@example.com";
        var result = teams.addNewPerson(SYSTEM_ADMIN, teamId, PersonProfile.basic(name, email, ZoneId.of("Europe/Berlin")),
                new MembershipTerms(role, true, LocalDate.of(2026, 1, 5)));
        return new Actor(result.personId(), false);
    }

    public Actor manager(long teamId) {
        return person(teamId, "Manager", TeamRole.MANAGER);
    }

    public Actor member(long teamId) {
        return person(teamId, "Member", TeamRole.MEMBER);
    }
}
