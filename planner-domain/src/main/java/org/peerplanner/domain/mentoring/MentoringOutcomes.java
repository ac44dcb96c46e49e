package org.peerplanner.domain.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.MentoringFigures;
import org.peerplanner.domain.outcomes.MentorshipTrace;
import org.peerplanner.domain.outcomes.MetricSection;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamMember;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentoring section: mentorships whose mentee is a member of the team (mentoring spans teams; the mentee's
 * teams are where the learning shows).
 */
@Component
@Transactional(readOnly = true)
class MentoringOutcomes implements MetricSection {

    private final MentoringOutcomeQueries queries;

    MentoringOutcomes(MentoringOutcomeQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 60;
    }

    /** Mentoring shows no flag and no sparkline in the organisation overview: nothing to read for it. */
    @Override
    public Map<Long, OverviewFigures> overview(List<TeamScope> teams) {
        return Map.of();
    }

    @Override
    public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
        var mentees = teams.stream().flatMap(t -> t.members().stream()).map(TeamMember::personId)
                .collect(Collectors.toSet());
        Map<Long, List<MentoringOutcomeQueries.MentorshipDates>> byMentee = mentees.isEmpty() ? Map.of()
                : queries.ofMentees(mentees).stream().collect(Collectors.groupingBy(
                        MentoringOutcomeQueries.MentorshipDates::menteeId));
        Map<Long, SectionFigures> figures = new HashMap<>();
        for (TeamScope team : teams) {
            List<MentorshipTrace> traces = team.members().stream()
                    .flatMap(m -> byMentee.getOrDefault(m.personId(), List.of()).stream())
                    .map(m -> new MentorshipTrace(m.startsOn(), m.state().running(),
                            m.state() == MentorshipState.COMPLETED, m.endedOn()))
                    .toList();
            figures.put(team.teamId(), MentoringFigures.measure(traces, team));
        }
        return figures;
    }
}
