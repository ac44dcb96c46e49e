package org.peerplanner.domain.recognition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamService;
import org.springframework.stereotype.Component;

/** Teams, people, sessions and mentorships for ledger tests, made through the real services. */
@Component
class LedgerWorld {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final DomainFixtures fixtures;
    private final TeamService teams;
    private final SessionService sessions;
    private final FacilitationService facilitation;
    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final ContributionRepository entries;
    private final PersonLedger ledger;

    LedgerWorld(DomainFixtures fixtures, TeamService teams, SessionService sessions, FacilitationService facilitation,
                MentorOffers offers, MentoringRequests requests, ContributionRepository entries, PersonLedger ledger) {
        this.fixtures = fixtures;
        this.teams = teams;
        this.sessions = sessions;
        this.facilitation = facilitation;
        this.offers = offers;
        this.requests = requests;
        this.entries = entries;
        this.ledger = ledger;
    }

    long team(String name) {
        return fixtures.team(name);
    }

    Actor manager(long team) {
        return fixtures.manager(team);
    }

    Actor person(long team, String name, Skill... skills) {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var profile = PersonProfile.basic(name, email, BERLIN).withSkills(List.of(skills));
        return new Actor(teams.addNewPerson(DomainFixtures.SYSTEM_ADMIN, team, profile,
                new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 1, 5))).personId(), false);
    }

    /** A confirmed session in the past (so it may be held), led by {@code lead}, co-led by {@code co} if given. */
    long pastSession(Actor manager, long team, SessionFormat format, String title, Actor lead, Actor co) {
        var start = ZonedDateTime.of(2026, 3, 4, 12, 0, 0, 0, BERLIN);
        var edit = SessionEdit.of(format, title, start, lead.personId())
                .ledBy(lead.personId(), co == null ? null : co.personId());
        long id = sessions.schedule(manager, team, edit).id();
        facilitation.accept(lead, id);
        return id;
    }

    long mentorship(Actor mentor, Actor mentee, String goal) {
        offers.offer(mentor, offers.myOffer(mentor).version(), new MentorOfferForm(true, 2, List.of(goal),
                "Pairing on real work.", Rhythm.BIWEEKLY, false, null));
        long request = requests.ask(mentee, new MentoringAsk(mentor.personId(), goal, "I would like to learn " + goal + ".",
                Rhythm.BIWEEKLY));
        return requests.accept(mentor, request, new MeetingPlan(Rhythm.BIWEEKLY, DayOfWeek.THURSDAY, LocalTime.of(16, 0),
                45, LocalDate.of(2026, 7, 1), null));
    }

    /** The person's ledger as "KIND source-title" lines, oldest first. */
    List<String> lines(Actor person) {
        return ledger.of(person.personId()).stream().map(e -> e.kind().code() + " " + e.source().title()).toList();
    }

    List<ContributionEntry> entries(Actor person) {
        return ledger.of(person.personId());
    }

    List<Contribution> ofTeam(long team) {
        return entries.findByTeamId(team);
    }

    void forgetTeam(long team) {
        entries.deleteAll(entries.findByTeamId(team));
    }
}
