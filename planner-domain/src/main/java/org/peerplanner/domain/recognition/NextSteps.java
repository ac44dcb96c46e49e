package org.peerplanner.domain.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.gap.KnowledgeGap;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.Membership;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers where a person stands in a team and lets {@link NextStepRules} choose. */
@Component
@Transactional(readOnly = true)
class NextSteps {

    /** Proficiency from which someone can lead a deep dive on a skill (5 is "can teach it"). */
    static final int CAN_TEACH = 4;
    /** Sessions led from which a facilitator is experienced enough to take a newcomer alongside. */
    static final int EXPERIENCED = 3;

    private final TeamLookup teams;
    private final SessionLookup sessions;
    private final GapLookup gaps;
    private final PersonLookup people;
    private final ContributionRepository entries;
    private final Clock clock;

    NextSteps(TeamLookup teams, SessionLookup sessions, GapLookup gaps, PersonLookup people,
              ContributionRepository entries, Clock clock) {
        this.teams = teams;
        this.sessions = sessions;
        this.gaps = gaps;
        this.people = people;
        this.entries = entries;
        this.clock = clock;
    }

    Optional<NextStep> forPerson(Actor actor, long teamId, List<ContributionEntry> ledger) {
        Optional<Membership> membership = teams.membershipsOf(actor.personId()).stream()
                .filter(m -> m.getTeam().getId() == teamId).findFirst();
        return membership.map(m -> NextStepRules.choose(standing(actor, m, ledger)));
    }

    Standing standing(Actor actor, Membership membership, List<ContributionEntry> ledger) {
        var team = membership.getTeam();
        LocalDate today = LocalDate.now(clock.withZone(team.getTimeZone()));
        boolean grace = membership.getJoinedOn().plusWeeks(team.getPlanning().graceWeeks()).isAfter(today);
        var led = ledger.stream().filter(e -> e.kind().equals(ContributionKinds.SESSION_LED)).toList();
        int coLed = (int) ledger.stream().filter(e -> e.kind().equals(ContributionKinds.SESSION_CO_LED)).count();
        int topics = (int) led.stream().map(ContributionEntry::topic).filter(t -> t != null).distinct().count();
        boolean lunch = led.stream().anyMatch(e -> e.format() == SessionFormat.LUNCH_AND_LEARN);
        boolean deep = led.stream().anyMatch(e -> e.format() == SessionFormat.DEEP_DIVE);
        boolean needsCoFacilitation = grace || led.isEmpty();
        // The person is already in the persistence context when the page asked for their name: no statement. Their
        // own "available for mentoring" switch is what the mentor offer screen shows as available.
        Optional<Person> person = needsCoFacilitation ? Optional.empty() : people.person(actor.personId());
        return new Standing(grace, led.size(), coLed, lunch, deep, topics,
                person.map(Person::isMentoringAvailable).orElse(false),
                needsCoFacilitation ? coFacilitation(actor.personId(), team.getId(), today) : Optional.empty(),
                person.flatMap(p -> gapForSkill(p, team.getId())));
    }

    /** The soonest upcoming session of the team led by an experienced facilitator with the co-facilitator's place free. */
    Optional<Standing.CoFacilitation> coFacilitation(long personId, long teamId, LocalDate today) {
        var now = clock.instant();
        List<LearningSession> open = sessions.fromSlot(teamId, today, EnumSet.of(SessionStatus.PLANNED,
                        SessionStatus.CONFIRMED)).stream()
                .filter(s -> s.getStartsAt().isAfter(now) && s.getCoFacilitatorId().isEmpty()
                        && s.getFacilitatorId().filter(f -> f != personId).isPresent())
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var facilitators = new HashSet<Long>();
        open.forEach(s -> facilitators.add(s.getFacilitatorId().get()));
        Map<Long, Long> ledCounts = entries.countOfKind(facilitators, ContributionKinds.SESSION_LED.code()).stream()
                .collect(Collectors.toMap(PersonCount::personId, PersonCount::count));
        return open.stream()
                .filter(s -> ledCounts.getOrDefault(s.getFacilitatorId().get(), 0L) >= EXPERIENCED)
                .min(Comparator.comparing(LearningSession::getStartsAt))
                .map(s -> {
                    long f = s.getFacilitatorId().get();
                    String name = people.person(f).map(Person::getFullName).orElse("Its facilitator");
                    return new Standing.CoFacilitation(s.getId(), s.getTitle(), s.getStart(), name,
                            ledCounts.get(f).intValue());
                });
    }

    /** The open, non-confidential gap (oldest first) tagged with a skill the person can teach. */
    Optional<Standing.GapForSkill> gapForSkill(Person person, long teamId) {
        Map<String, String> skills = person.getSkills().stream()
                .filter(s -> s.proficiency() >= CAN_TEACH)
                .collect(Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT), Skill::name, (a, b) -> a));
        if (skills.isEmpty()) {
            return Optional.empty();
        }
        return gaps.openForPlanning(teamId).stream().filter(g -> !g.isConfidential())
                .sorted(Comparator.comparing(KnowledgeGap::getId))
                .flatMap(g -> g.getTags().stream().map(t -> skills.get(t.toLowerCase(Locale.ROOT))).filter(s -> s != null)
                        .findFirst().map(skill -> new Standing.GapForSkill(g.getId(), g.getTitle(), skill)).stream())
                .findFirst();
    }
}
