package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.GapTimes;
import org.peerplanner.domain.outcomes.GapTrace;
import org.peerplanner.domain.outcomes.MetricSection;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps section of the outcomes dashboard: each gap's logged, first addressed and last closed day, in the team's
 * zone. A reopened gap counts as open again, whatever it went through before.
 */
@Component
@Transactional(readOnly = true)
class GapOutcomes implements MetricSection {

    private final GapOutcomeQueries queries;

    GapOutcomes(GapOutcomeQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
        Map<Long, TeamScope> byId = teams.stream().collect(Collectors.toMap(TeamScope::teamId, t -> t));
        // Only the period's cohorts and the gaps still open are read; the last closing comes as an aggregate.
        LocalDate from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElse(LocalDate.MIN);
        Map<Long, List<GapOutcomeQueries.GapStep>> steps = queries.steps(byId.keySet(), from).stream()
                .collect(Collectors.groupingBy(GapOutcomeQueries.GapStep::gapId));
        Map<Long, LocalDate> lastClosed = new HashMap<>();
        for (var last : queries.lastClosed(byId.keySet())) {
            lastClosed.put(last.teamId(), byId.get(last.teamId()).localDate(last.closedAt()));
        }
        Map<Long, List<GapTrace>> traces = new HashMap<>();
        for (var gap : queries.gaps(byId.keySet(), from)) {
            TeamScope scope = byId.get(gap.teamId());
            LocalDate addressed = null;
            LocalDate closed = null;
            for (var step : steps.getOrDefault(gap.gapId(), List.of())) {
                LocalDate day = scope.localDate(step.happenedAt());
                if (step.toStatus() == GapStatus.ADDRESSED && (addressed == null || day.isBefore(addressed))) {
                    addressed = day;
                }
                if (step.toStatus() == GapStatus.CLOSED && (closed == null || day.isAfter(closed))) {
                    closed = day;
                }
            }
            boolean isClosed = gap.status() == GapStatus.CLOSED;
            traces.computeIfAbsent(gap.teamId(), id -> new ArrayList<>()).add(new GapTrace(gap.reportedOn(),
                    addressed, isClosed ? closed : null, gap.status().isOpen()));
        }
        Map<Long, SectionFigures> figures = new HashMap<>();
        teams.forEach(t -> figures.put(t.teamId(), GapTimes.measure(traces.getOrDefault(t.teamId(), List.of()),
                lastClosed.get(t.teamId()), t)));
        return figures;
    }

    /** Gaps logged per team and month, and closings of the last 90 days only: two grouped reads. */
    @Override
    public Map<Long, OverviewFigures> overview(List<TeamScope> teams) {
        Map<Long, TeamScope> byId = teams.stream().collect(Collectors.toMap(TeamScope::teamId, t -> t));
        LocalDate from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = teams.stream().map(t -> t.period().end()).max(LocalDate::compareTo).orElseThrow();
        Map<Long, Map<YearMonth, Long>> logged = new HashMap<>();
        for (var month : queries.loggedPerMonth(byId.keySet(), from, to)) {
            logged.computeIfAbsent(month.teamId(), id -> new HashMap<>())
                    .put(YearMonth.of(month.year(), month.month()), month.gaps());
        }
        // a day before the earliest "quiet since" day covers every team's zone
        LocalDate quietSince = teams.stream().map(t -> GapTimes.quietSince(t.today())).min(LocalDate::compareTo)
                .orElseThrow();
        Map<Long, LocalDate> lastClosed = new HashMap<>();
        for (var last : queries.lastClosedSince(byId.keySet(),
                quietSince.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            lastClosed.put(last.teamId(), byId.get(last.teamId()).localDate(last.closedAt()));
        }
        Map<Long, OverviewFigures> figures = new HashMap<>();
        teams.forEach(t -> figures.put(t.teamId(), GapTimes.overview(logged.getOrDefault(t.teamId(), Map.of()),
                lastClosed.get(t.teamId()), t)));
        return figures;
    }
}
