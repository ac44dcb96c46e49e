package org.peerplanner.web.home;

import java.time.DayOfWeek;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small team of its own for the Home and bell tests, so Home and the bell show exactly what the test put there.
 * Times are laid out from the app's injected clock (two days on at noon in Berlin), never from the JVM clock, and
 * the tests share the demo context of the other screen tests: a context of their own would start a second Spring
 * Security setup in the same JVM and sign everybody out of the first one.
 */
public final class HomeWorld {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Actor SYSTEM = new Actor(-1, true);

    private HomeWorld() {
    }

    /** Noon in Berlin two days after the clock's today: upcoming whatever the day the tests run. */
    public static ZonedDateTime soon(Clock clock) {
        return LocalDate.now(clock.withZone(BERLIN)).plusDays(2).atTime(LocalTime.NOON).atZone(BERLIN);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    /** A team with a manager, "me" and a teammate; returns their actors. */
    public record Team(long id, Actor manager, Actor me, String myEmail, Actor teammate) {
    }

    public static Team team(TeamService teams) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long id = teams.createTeam(SYSTEM, new TeamSettings("Home " + suffix, BERLIN, DayOfWeek.WEDNESDAY,
                LocalTime.NOON, 45, Cadence.WEEKLY, null, null, "Room 1")).id();
        String myEmail = "me." + suffix + "@example.com";
        return new Team(id, person(teams, id, "Mona Manager", "manager." + suffix + "@example.com", TeamRole.MANAGER),
                person(teams, id, "Ida Me", myEmail, TeamRole.MEMBER),
                myEmail, person(teams, id, "Tom Teammate", "tom." + suffix + "@example.com", TeamRole.MEMBER));
    }

    private static Actor person(TeamService teams, long team, String name, String email, TeamRole role) {
        long id = teams.addNewPerson(SYSTEM, team, PersonProfile.basic(name, email, BERLIN),
                new MembershipTerms(role, true, LocalDate.of(2026, 1, 5))).personId();
        return new Actor(id, false);
    }

    /** Signs in as the person, the way the login form would; {@link #signOut()} after the test. */
    public static void signIn(UserDetailsService users, String email) {
        var details = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static long lunch(SessionService sessions, Team team, String title, ZonedDateTime start, Actor lead) {
        return sessions.schedule(team.manager(), team.id(), SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start,
                lead.personId())).id();
    }
}
