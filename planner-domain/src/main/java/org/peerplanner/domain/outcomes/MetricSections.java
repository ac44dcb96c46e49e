package org.peerplanner.domain.outcomes;

import java.util.List;
import java.util.Map;

/**
 * Several dashboard sections measured from one read of a feature's data: the sessions feed the rhythm, the spread of
 * knowledge and participation, and reading them once per section would read the same rows three times. Otherwise
 * like {@link MetricSection}: one call for many teams, a fixed number of queries.
 */
public interface MetricSections {

    /** Per team id, the figures of every section this feature measures; the service orders them. */
    Map<Long, List<SectionFigures>> measure(List<TeamScope> teams);

    /** Per team id, what the organisation overview shows of these sections; see {@link MetricSection#overview}. */
    default Map<Long, List<OverviewFigures>> overview(List<TeamScope> teams) {
        Map<Long, List<OverviewFigures>> figures = new java.util.HashMap<>();
        measure(teams).forEach((teamId, f) -> figures.put(teamId, f.stream().map(OverviewFigures::of).toList()));
        return figures;
    }
}
