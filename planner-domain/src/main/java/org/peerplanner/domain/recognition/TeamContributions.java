package org.peerplanner.domain.recognition;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.team.Membership;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a team's managers: what each member contributed in a period, counted by kind, and who has never led. Five
 * statements whatever the team's history: the manager's role, the team, its members, counts grouped in the database
 * and who ever led (both read from one index, see V25).
 */
@Service
@Transactional(readOnly = true)
public class TeamContributions {

    /** Kinds a manager sees: everything but mentoring, which is private to the pair. */
    static final List<ContributionKind> TEAM_KINDS = ContributionKinds.ALL.stream()
            .filter(k -> !ContributionKinds.PRIVATE.contains(k.code())).toList();

    private final TeamAccess access;
    private final TeamLookup teams;
    private final ContributionRepository entries;

    TeamContributions(TeamAccess access, TeamLookup teams, ContributionRepository entries) {
        this.access = access;
        this.teams = teams;
        this.entries = entries;
    }

    /** Managers of the team only; anyone outside the team is told it does not exist. */
    public TeamPeriod period(Actor actor, long teamId, LocalDate from, LocalDate to) {
        // One statement for the usual case, a manager; the two refusals keep their meanings (outsider: not found).
        if (!access.canManageTeam(actor, teamId)) {
            if (!access.canSeeTeam(actor, teamId)) {
                throw new NotFoundException("The team");
            }
            access.requireManager(actor, teamId);
        }
        if (from == null || to == null) {
            throw InvalidInputException.of("from", "Choose the first and the last day of the period.");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "The period ends on or after the day it starts.");
        }
        Team team = teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
        List<Membership> members = teams.members(teamId, "", Pageable.unpaged());
        Set<Long> ids = members.stream().map(m -> m.getPerson().getId()).collect(Collectors.toSet());
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        Set<Long> everLed = new HashSet<>();
        if (!ids.isEmpty()) {
            entries.countByKind(teamId, from, to).stream().filter(c -> ids.contains(c.personId())).forEach(c ->
                    counts.computeIfAbsent(c.personId(), k -> new HashMap<>()).put(c.kind(), c.count()));
            entries.leadersOf(teamId).stream().filter(ids::contains).forEach(everLed::add);
        }
        Collator byName = Collator.getInstance(Locale.ENGLISH);
        var sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((Membership m) -> m.getPerson().getFullName(), byName));
        var rows = sorted.stream().map(m -> new TeamPeriod.MemberCounts(m.getPerson().getId(),
                m.getPerson().getFullName(), Map.copyOf(counts.getOrDefault(m.getPerson().getId(), Map.of())))).toList();
        var neverLed = sorted.stream().filter(m -> !everLed.contains(m.getPerson().getId()))
                .map(m -> m.getPerson().getFullName()).toList();
        return new TeamPeriod(teamId, team.getName(), from, to, TEAM_KINDS, rows, neverLed);
    }
}
