package org.peerplanner.domain.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.rotation.PairHistory;
import org.peerplanner.domain.rotation.PairingPerson;
import org.peerplanner.domain.rotation.PairingPlan;
import org.peerplanner.domain.rotation.PairingRequest;
import org.peerplanner.domain.rotation.PairingRotation;
import org.peerplanner.domain.rotation.PersonPair;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairing rounds: who pairs with whom on a day (least recently paired first), recording a round, and
 * the managers' wishes ("never pair these two", "always pair this mentor and mentee").
 */
@Service
@Transactional(readOnly = true)
public class PairingService {

    /** How far back a round looks for who paired last. */
    private static final Period HISTORY = Period.ofYears(3);

    private final TeamLookup teams;
    private final PairingRepository pairings;
    private final PairPreferenceRepository preferences;
    private final TeamAccess access;
    private final Clock clock;
    private final PairingRotation pairingRotation = new PairingRotation();

    PairingService(TeamLookup teams, PairingRepository pairings, PairPreferenceRepository preferences, TeamAccess access,
                   Clock clock) {
        this.teams = teams;
        this.pairings = pairings;
        this.preferences = preferences;
        this.access = access;
        this.clock = clock;
    }

    /** A pairing round for the team on a day: least recently paired first, absent people left out. */
    public PairingPlan proposePairs(Actor actor, long teamId, LocalDate date) {
        access.requireManager(actor, teamId);
        var people = teams.members(teamId, "", PageRequest.of(0, 10_000)).stream()
                .map(m -> new PairingPerson(m.getPerson().getId(), m.getPerson().getFullName(), m.getPerson().isAbsentOn(date)))
                .toList();
        Map<PersonPair, LocalDate> last = new HashMap<>();
        for (Pairing p : pairings.findByTeamIdAndPairedOnBetweenOrderByPairedOn(teamId, date.minus(HISTORY), date)) {
            var ids = p.people();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    last.merge(PersonPair.of(ids.get(i), ids.get(j)), p.getPairedOn(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        var history = last.entrySet().stream().map(e -> new PairHistory(e.getKey(), e.getValue())).toList();
        var prefs = preferences.findByTeamId(teamId);
        Set<PersonPair> doNotPair = prefs.stream().filter(p -> p.getKind() == PairPreference.Kind.DO_NOT_PAIR)
                .map(p -> PersonPair.of(p.getFirstId(), p.getSecondId())).collect(Collectors.toSet());
        List<PersonPair> pinned = prefs.stream().filter(p -> p.getKind() == PairPreference.Kind.PINNED)
                .map(p -> PersonPair.of(p.getFirstId(), p.getSecondId())).toList();
        return pairingRotation.pair(new PairingRequest(date, people, history, doNotPair, pinned));
    }

    /** Records the proposed pairs as the team's pairing round for that day. */
    @Transactional
    public PairingPlan recordPairs(Actor actor, long teamId, LocalDate date) {
        PairingPlan plan = proposePairs(actor, teamId, date);
        if (pairings.existsByTeamIdAndPairedOn(teamId, date)) {
            throw InvalidInputException.of("date", "This team already has a pairing round on " + date + ".");
        }
        plan.groups().forEach(g -> pairings.save(new Pairing(teamId, date, null, g.personIds())));
        return plan;
    }

    /** "Never pair these two" or "always pair this mentor and mentee"; managers only. */
    @Transactional
    public void preferPairing(Actor actor, long teamId, long a, long b, PairPreference.Kind kind) {
        access.requireManager(actor, teamId);
        if (a == b) {
            throw InvalidInputException.of("second", "Choose two different people.");
        }
        if (!teams.isMember(teamId, a) || !teams.isMember(teamId, b)) {
            throw InvalidInputException.of("second", "Both people must be members of the team.");
        }
        var key = new PairPreference.Key(teamId, Math.min(a, b), Math.max(a, b));
        preferences.findById(key).ifPresentOrElse(p -> p.change(kind),
                () -> preferences.save(new PairPreference(teamId, a, b, kind)));
    }

    @Transactional
    public void forgetPairing(Actor actor, long teamId, long a, long b) {
        access.requireManager(actor, teamId);
        preferences.deleteById(new PairPreference.Key(teamId, Math.min(a, b), Math.max(a, b)));
    }

    /** The team's pairing wishes: kind with the two people's ids, smaller id first. */
    public List<PairPreference> pairingPreferences(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return preferences.findByTeamId(teamId);
    }

    public List<LocalDate> pairingRounds(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        LocalDate today = today(team(teamId));
        return pairings.findByTeamIdAndPairedOnBetweenOrderByPairedOn(teamId, today.minusYears(1), today.plusYears(1))
                .stream().map(Pairing::getPairedOn).distinct().toList();
    }

    private Team team(long teamId) {
        return teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
    }

    private LocalDate today(Team team) {
        return LocalDate.now(clock.withZone(team.getTimeZone()));
    }
}
