package org.peerplanner.domain.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.FollowThrough;
import org.peerplanner.domain.outcomes.ItemTrace;
import org.peerplanner.domain.outcomes.MetricSection;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The follow-through section: action items done by their due date, days to done, items carried over. */
@Component
@Transactional(readOnly = true)
class ActionOutcomes implements MetricSection {

    private final ActionOutcomeQueries queries;
    private final Clock clock;

    ActionOutcomes(ActionOutcomeQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    /** Follow-through shows no flag and no sparkline in the organisation overview: nothing to read for it. */
    @Override
    public Map<Long, OverviewFigures> overview(List<TeamScope> teams) {
        return Map.of();
    }

    @Override
    public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
        Map<Long, TeamScope> byId = teams.stream().collect(Collectors.toMap(TeamScope::teamId, t -> t));
        Map<Long, List<ItemTrace>> traces = new HashMap<>();
        // Items due or written in the period; a day before the earliest start covers every team's zone.
        LocalDate from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElseThrow();
        Instant writtenFrom = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (var item : queries.items(byId.keySet(), clock.instant(), from, writtenFrom)) {
            TeamScope scope = byId.get(item.teamId());
            boolean done = item.status() == ActionItemStatus.DONE;
            traces.computeIfAbsent(item.teamId(), id -> new ArrayList<>()).add(new ItemTrace(item.ownerId(),
                    scope.localDate(item.createdAt()), item.dueOn(), done ? scope.localDate(item.closedAt()) : null,
                    item.status() == ActionItemStatus.DROPPED, item.sessionsOnAgenda()));
        }
        Map<Long, SectionFigures> figures = new HashMap<>();
        teams.forEach(t -> figures.put(t.teamId(), FollowThrough.measure(traces.getOrDefault(t.teamId(), List.of()), t)));
        return figures;
    }
}
