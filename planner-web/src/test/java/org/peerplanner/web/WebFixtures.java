package org.peerplanner.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PasswordService;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.springframework.stereotype.Component;

/** Fresh people in the demo teams, so UI tests never depend on each other's edits. */
@Component
public class WebFixtures {

    public static final Actor SYSTEM = new Actor(-1, true);
    public static final String PASSWORD = "peer-planner-demo";

    private final SignInService signIn;
    private final PasswordService passwords;
    private final TeamService teams;

    WebFixtures(SignInService signIn, PasswordService passwords, TeamService teams) {
        this.signIn = signIn;
        this.passwords = passwords;
        this.teams = teams;
    }

    public long teamId(String name) {
        return teams.visibleTeams(SYSTEM).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    public long personId(String email) {
        return signIn.signInAccount(email).orElseThrow().personId();
    }

    /** A new member of the named team who can sign in with {@link #PASSWORD}; returns their email. */
    public String newMember(String teamName, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        long id = teams.addNewPerson(SYSTEM, teamId(teamName), PersonProfile.basic(name, email, ZoneId.of("Europe/Berlin")),
                new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 1, 5))).personId();
        passwords.assignPassword(SYSTEM, id, PASSWORD);
        return email;
    }
}
