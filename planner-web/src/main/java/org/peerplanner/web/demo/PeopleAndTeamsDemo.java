package org.peerplanner.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.PasswordService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.domain.team.TeamSummary;
import org.springframework.stereotype.Component;

/**
 * Two teams in different time zones, a dozen people with skills, mentoring offers and time off,
 * one person in both teams, one newcomer, and an administrator.
 */
@Component
@DemoMode
class PeopleAndTeamsDemo implements DemoChapter {

    static final String PAYMENTS = "Payments Platform";
    static final String MOBILE = "Mobile Apps";

    private final TeamService teams;
    private final PeopleService people;
    private final PasswordService passwords;
    private final SignInService signIn;

    PeopleAndTeamsDemo(TeamService teams, PeopleService people, PasswordService passwords, SignInService signIn) {
        this.teams = teams;
        this.people = people;
        this.passwords = passwords;
        this.signIn = signIn;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoOrganisation org) {
        var existing = teams.visibleTeams(DemoOrganisation.SYSTEM);
        if (existing.stream().anyMatch(t -> t.name().equals(PAYMENTS))) {
            remember(org, existing);
            return;
        }
        LocalDate today = org.today();
        long payments = teams.createTeam(DemoOrganisation.SYSTEM, new TeamSettings(PAYMENTS, ZoneId.of("Europe/Berlin"),
                DayOfWeek.TUESDAY, LocalTime.of(12, 30), 45, Cadence.WEEKLY, null, null,
                "Berlin office, room Turing · https://meet.example.com/payments-learning")).id();
        long mobile = teams.createTeam(DemoOrganisation.SYSTEM, new TeamSettings(MOBILE, ZoneId.of("America/Los_Angeles"),
                DayOfWeek.THURSDAY, LocalTime.of(11, 0), 60, Cadence.EVERY_SPRINT, 2, today.minusWeeks(1).with(DayOfWeek.MONDAY),
                "https://meet.example.com/mobile-guild")).id();
        org.team("payments", payments);
        org.team("mobile", mobile);

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId la = ZoneId.of("America/Los_Angeles");
        add(org, "riley", payments, TeamRole.MEMBER, false, today.minusYears(3), "Riley Morgan", berlin,
                List.of(skill("Kubernetes", 4), skill("Terraform", 4), skill("Incident response", 5)), List.of(), 0, null);
        people.setAdministrator(DemoOrganisation.SYSTEM, org.person("riley"), true);

        add(org, "maria", payments, TeamRole.MANAGER, true, today.minusYears(2), "Maria Schmidt", berlin,
                List.of(skill("Java", 4), skill("Payments compliance", 5), skill("Coaching", 4)), List.of(), 2,
                "Career growth, running retrospectives");
        add(org, "jonas", payments, TeamRole.MEMBER, true, today.minusMonths(18), "Jonas Weber", berlin,
                List.of(skill("Kafka", 5), skill("Java", 4), skill("Observability", 3)),
                List.of(new Absence(today.plusDays(6), today.plusDays(12), "Family holiday")), 1, "Kafka and event-driven design");
        add(org, "aisha", payments, TeamRole.MEMBER, true, today.minusMonths(14), "Aisha Khan", berlin,
                List.of(skill("PostgreSQL", 5), skill("SQL tuning", 5), skill("Swift", 2)), List.of(), 2, "Databases and query plans");
        add(org, "lukas", payments, TeamRole.MEMBER, true, today.minusMonths(9), "Lukáš Novák", berlin,
                List.of(skill("Go", 4), skill("gRPC", 3), skill("Kubernetes", 2)),
                List.of(new Absence(today.minusDays(2), today.plusDays(2), "Conference: KubeCon")), 0, null);
        add(org, "zoe", payments, TeamRole.MEMBER, true, today.minusMonths(7), "Zoë Ångström", ZoneId.of("Europe/Stockholm"),
                List.of(skill("React", 4), skill("Accessibility", 5), skill("TypeScript", 4)), List.of(), 1, "Accessible front ends");
        add(org, "tomas", payments, TeamRole.MEMBER, false, today.minusDays(12), "Tomás García", ZoneId.of("Europe/Madrid"),
                List.of(skill("Java", 2), skill("Spring Boot", 2)), List.of(), 0, null);

        add(org, "daniel", mobile, TeamRole.MANAGER, true, today.minusYears(2), "Daniel Park", la,
                List.of(skill("Kotlin", 4), skill("Android", 4), skill("Hiring", 4)), List.of(), 1, "First-time team leads");
        add(org, "priya", mobile, TeamRole.MEMBER, true, today.minusMonths(20), "Priya Raman", la,
                List.of(skill("Swift", 5), skill("SwiftUI", 4), skill("Performance profiling", 4)), List.of(), 2, "iOS architecture");
        add(org, "sam", mobile, TeamRole.MEMBER, true, today.minusMonths(11), "Sam Okafor", ZoneId.of("America/Denver"),
                List.of(skill("Kotlin", 3), skill("GraphQL", 4), skill("Testing", 4)),
                List.of(new Absence(today.plusDays(20), today.plusDays(27), "Parental leave, part 1")), 0, null);
        add(org, "emily", mobile, TeamRole.MEMBER, true, today.minusMonths(5), "Emily Chen", la,
                List.of(skill("React Native", 4), skill("Design systems", 4)), List.of(), 0, null);
        add(org, "carlos", mobile, TeamRole.MEMBER, false, today.minusMonths(3), "Carlos Mendes", ZoneId.of("America/Sao_Paulo"),
                List.of(skill("Android", 3), skill("CI pipelines", 4)), List.of(), 0, null);
        add(org, "hannah", mobile, TeamRole.MEMBER, true, today.minusMonths(8), "Hannah Lee", la,
                List.of(skill("Product analytics", 4), skill("SQL", 3)), List.of(), 1, "Writing good experiment designs");

        // Aisha pairs across teams: a database specialist the mobile team borrows.
        teams.addExistingPerson(DemoOrganisation.SYSTEM, mobile, "aisha@example.com",
                new MembershipTerms(TeamRole.MEMBER, true, today.minusMonths(6)));
    }

    private void add(DemoOrganisation org, String key, long team, TeamRole role, boolean inRotation, LocalDate joined,
                     String name, ZoneId zone, List<Skill> skills, List<Absence> absences, int mentoringCapacity,
                     String mentoringTopics) {
        var profile = PersonProfile.basic(name, key + "@example.com", zone)
                .withSkills(skills)
                .withAbsences(absences)
                .withMentoring(mentoringCapacity > 0, mentoringCapacity, mentoringTopics);
        long id = teams.addNewPerson(DemoOrganisation.SYSTEM, team, profile,
                new MembershipTerms(role, inRotation, joined)).personId();
        passwords.assignPassword(DemoOrganisation.SYSTEM, id, DemoOrganisation.PASSWORD);
        org.person(key, id);
    }

    private void remember(DemoOrganisation org, List<TeamSummary> existing) {
        existing.forEach(t -> {
            if (t.name().equals(PAYMENTS)) {
                org.team("payments", t.id());
            } else if (t.name().equals(MOBILE)) {
                org.team("mobile", t.id());
            }
        });
        for (String key : List.of("riley", "maria", "jonas", "aisha", "lukas", "zoe", "tomas", "daniel", "priya", "sam",
                "emily", "carlos", "hannah")) {
            signIn.signInAccount(key + "@example.com").ifPresent(account -> org.person(key, account.personId()));
        }
    }

    private static Skill skill(String name, int level) {
        return new Skill(name, level);
    }
}
