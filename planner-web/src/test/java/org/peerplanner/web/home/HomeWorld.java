package org.peerplanner.web.home;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small team of its own on a clock the tests set (Monday 2 March 2026, 09:00 in Berlin), so Home and the bell
 * show exactly what the test put there. Imported by the Home and bell tests, which then share one context.
 */
@TestConfiguration
public class HomeWorld {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    public static final ZonedDateTime WEDNESDAY_NOON = LocalDateTime.parse("2026-03-04T12:00").atZone(BERLIN);
    static final MovableClock CLOCK = new MovableClock(MONDAY);
    static final Actor SYSTEM = new Actor(-1, true);

    @Bean
    @Primary
    MovableClock homeClock() {
        return CLOCK;
    }

    /** A team with a manager, "me" and a teammate; returns their actors. */
    public record Team(long id, Actor manager, Actor me, String myEmail, Actor teammate) {
    }

    public static Team team(TeamService teams, PeopleService people) {
        CLOCK.set(MONDAY);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long id = teams.createTeam(SYSTEM, new TeamSettings("Home " + suffix, BERLIN, DayOfWeek.WEDNESDAY,
                LocalTime.NOON, 45, Cadence.WEEKLY, null, null, "Room 1")).id();
        String myEmail = "me." + suffix + "@example.com";
        return new Team(id, person(people, id, "Mona Manager", "manager." + suffix + "@example.com", TeamRole.MANAGER),
                person(people, id, "Ida Me", myEmail, TeamRole.MEMBER),
                myEmail, person(people, id, "Tom Teammate", "tom." + suffix + "@example.com", TeamRole.MEMBER));
    }

    private static Actor person(PeopleService people, long team, String name, String email, TeamRole role) {
        long id = people.addPersonToTeam(SYSTEM, team, PersonProfile.basic(name, email, BERLIN),
                new MembershipTerms(role, true, LocalDate.of(2026, 1, 5))).personId();
        return new Actor(id, false);
    }

    /** Signs in as the person, the way the login form would. */
    public static void signIn(UserDetailsService users, String email) {
        var details = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
    }

    public static long lunch(SessionService sessions, Team team, String title, ZonedDateTime start, Actor lead) {
        return sessions.schedule(team.manager(), team.id(), SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start,
                lead.personId())).id();
    }
}
