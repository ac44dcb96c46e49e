package org.peerplanner.domain.mentoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;

import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.springframework.stereotype.Component;

/** Mentors and mentees in fresh teams, made through the real services. */
@Component
class MentoringWorld {

    private final DomainFixtures fixtures;
    private final TeamService teams;
    private final MentorOffers offers;

    MentoringWorld(DomainFixtures fixtures, TeamService teams, MentorOffers offers) {
        this.fixtures = fixtures;
        this.teams = teams;
        this.offers = offers;
    }

    long team(String name) {
        return fixtures.team(name);
    }

    Actor person(long team, String name, ZoneId zone, Skill... skills) {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var profile = PersonProfile.basic(name, email, zone).withSkills(List.of(skills));
        long id = teams.addNewPerson(DomainFixtures.SYSTEM_ADMIN, team, profile,
                new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 1, 5))).personId();
        return new Actor(id, false);
    }

    /** A mentor confident in the given skills (each at level 4), with {@code capacity} places. */
    Actor mentor(long team, String name, int capacity, String... skills) {
        var mentor = person(team, name, ZoneId.of("Europe/Berlin"),
                java.util.Arrays.stream(skills).map(s -> new Skill(s, 4)).toArray(Skill[]::new));
        offers.offer(mentor, offers.myOffer(mentor).version(), new MentorOfferForm(true, capacity, List.of(skills),
                "Pairing on real work, then a short talk.", Rhythm.BIWEEKLY, false, null));
        return mentor;
    }

    Actor mentee(long team, String name) {
        return person(team, name, ZoneId.of("Europe/Madrid"), new Skill("Java", 2));
    }

    static MentoringAsk ask(Actor mentor, String goal) {
        return new MentoringAsk(mentor.personId(), goal, "I would like to get confident with " + goal + ".",
                Rhythm.BIWEEKLY);
    }

    static MeetingPlan plan(LocalDate from) {
        return new MeetingPlan(Rhythm.BIWEEKLY, DayOfWeek.THURSDAY, LocalTime.of(16, 0), 45, from,
                "https://meet.example.com/mentoring");
    }
}
