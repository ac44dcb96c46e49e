package org.peerplanner.domain.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.KnowledgeSpread;
import org.peerplanner.domain.outcomes.MetricSection;
import org.peerplanner.domain.outcomes.Rhythm;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.SessionTrace;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two sections from the team's sessions: the rhythm (held per slot, cancellations) and the spread of knowledge (who
 * leads what). A session counts on its slot date, the team's own calendar day.
 */
@Component
@Transactional(readOnly = true)
class SessionOutcomes {

    private final SessionOutcomeQueries queries;

    SessionOutcomes(SessionOutcomeQueries queries) {
        this.queries = queries;
    }

    Map<Long, List<SessionTrace>> traces(List<TeamScope> teams) {
        List<Long> ids = teams.stream().map(TeamScope::teamId).toList();
        Map<Long, List<String>> tags = queries.tags(ids).stream().collect(Collectors.groupingBy(
                SessionOutcomeQueries.SessionTag::sessionId, Collectors.mapping(SessionOutcomeQueries.SessionTag::tag,
                        Collectors.toList())));
        Map<Long, List<SessionTrace>> traces = new HashMap<>();
        for (var row : queries.sessions(ids)) {
            traces.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(new SessionTrace(row.slotDate(),
                    row.status() == SessionStatus.HELD, row.facilitatorId(), row.coFacilitatorId(),
                    tags.getOrDefault(row.sessionId(), List.of()), row.cancelReason()));
        }
        return traces;
    }

    @Component
    static class RhythmSection implements MetricSection {
        private final SessionOutcomes sessions;

        RhythmSection(SessionOutcomes sessions) {
            this.sessions = sessions;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
            var traces = sessions.traces(teams);
            Map<Long, SectionFigures> figures = new HashMap<>();
            teams.forEach(t -> figures.put(t.teamId(), Rhythm.measure(traces.getOrDefault(t.teamId(), List.of()), SlotDays.of(t), t)));
            return figures;
        }
    }

    @Component
    static class SpreadSection implements MetricSection {
        private final SessionOutcomes sessions;

        SpreadSection(SessionOutcomes sessions) {
            this.sessions = sessions;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
            var traces = sessions.traces(teams);
            Map<Long, SectionFigures> figures = new HashMap<>();
            teams.forEach(t -> figures.put(t.teamId(),
                    KnowledgeSpread.measure(traces.getOrDefault(t.teamId(), List.of()), t)));
            return figures;
        }
    }
}
