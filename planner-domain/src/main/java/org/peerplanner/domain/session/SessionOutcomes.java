package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.AttendanceTrace;
import org.peerplanner.domain.outcomes.FirstTurns;
import org.peerplanner.domain.outcomes.KnowledgeSpread;
import org.peerplanner.domain.outcomes.MetricSections;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.Participation;
import org.peerplanner.domain.outcomes.Rhythm;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.SessionTrace;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three sections from one read of the team's sessions: the rhythm (held per slot, cancellations), the spread of
 * knowledge (who leads what) and participation (who comes). A session counts on its slot date, the team's own
 * calendar day. Only the period's sessions are read; the first turns of each member, which may lie before the period,
 * come as one aggregate row per member.
 */
@Component
@Transactional(readOnly = true)
class SessionOutcomes implements MetricSections {

    private final SessionOutcomeQueries queries;

    SessionOutcomes(SessionOutcomeQueries queries) {
        this.queries = queries;
    }

    @Override
    public Map<Long, List<SectionFigures>> measure(List<TeamScope> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = teams.stream().map(TeamScope::teamId).toList();
        LocalDate from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = teams.stream().map(t -> t.period().end()).max(LocalDate::compareTo).orElseThrow();
        Map<Long, List<String>> tags = queries.tags(ids, from, to).stream().collect(Collectors.groupingBy(
                SessionOutcomeQueries.SessionTag::sessionId, Collectors.mapping(SessionOutcomeQueries.SessionTag::tag,
                        Collectors.toList())));
        Map<Long, List<SessionTrace>> traces = new HashMap<>();
        for (var row : queries.sessions(ids, from, to)) {
            traces.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(new SessionTrace(row.slotDate(),
                    row.status() == SessionStatus.HELD, row.facilitatorId(), row.coFacilitatorId(),
                    tags.getOrDefault(row.sessionId(), List.of()), row.cancelReason()));
        }
        Map<Long, Map<Long, FirstTurns>> firstTurns = new HashMap<>();
        for (var turn : queries.firstTurns(ids)) {
            firstTurns.computeIfAbsent(turn.teamId(), id -> new HashMap<>()).put(turn.personId(),
                    new FirstTurns(turn.personId(), turn.firstLed(), turn.firstCoLed()));
        }
        Map<Long, List<AttendanceTrace>> attendance = new HashMap<>();
        for (var row : queries.attendance(ids, from, to)) {
            attendance.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(new AttendanceTrace(
                    YearMonth.of(row.year(), row.month()), row.personId(), row.sessions()));
        }
        Map<Long, List<SectionFigures>> figures = new HashMap<>();
        for (TeamScope team : teams) {
            List<SessionTrace> sessions = traces.getOrDefault(team.teamId(), List.of());
            figures.put(team.teamId(), List.of(
                    Rhythm.measure(sessions, SlotDays.of(team), team),
                    KnowledgeSpread.measure(sessions, firstTurns.getOrDefault(team.teamId(), Map.of()), team),
                    Participation.measure(sessions, attendance.getOrDefault(team.teamId(), List.of()), team)));
        }
        return figures;
    }

    /**
     * The overview's rhythm and participation from held sessions and attendances counted per team and month, the
     * knowledge keepers' flag from sessions counted per day, lead and tag: two grouped reads, no first turns.
     */
    @Override
    public Map<Long, List<OverviewFigures>> overview(List<TeamScope> teams) {
        List<Long> ids = teams.stream().map(TeamScope::teamId).toList();
        LocalDate from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = teams.stream().map(t -> t.period().end()).max(LocalDate::compareTo).orElseThrow();
        Map<Long, Map<YearMonth, long[]>> months = new HashMap<>();
        for (var row : queries.heldPerMonth(ids, from, to)) {
            months.computeIfAbsent(row.teamId(), id -> new HashMap<>()).put(YearMonth.of(row.year(), row.month()),
                    new long[] {row.sessions(), row.attendances()});
        }
        Map<Long, List<KnowledgeSpread.TagLeads>> leads = new HashMap<>();
        for (var row : queries.tagLeads(ids, from, to)) {
            leads.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(new KnowledgeSpread.TagLeads(
                    row.slotDate(), row.facilitatorId(), row.tag(), row.sessions()));
        }
        Map<Long, List<OverviewFigures>> figures = new HashMap<>();
        for (TeamScope team : teams) {
            Map<YearMonth, long[]> heldAndCame = months.getOrDefault(team.teamId(), Map.of());
            Map<YearMonth, Long> held = new HashMap<>();
            heldAndCame.forEach((month, counts) -> held.put(month, counts[0]));
            figures.put(team.teamId(), List.of(
                    Rhythm.overview(held, SlotDays.of(team), team),
                    KnowledgeSpread.overview(leads.getOrDefault(team.teamId(), List.of()), team),
                    Participation.overview(heldAndCame, team)));
        }
        return figures;
    }
}
