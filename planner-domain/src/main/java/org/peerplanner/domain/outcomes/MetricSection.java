package org.peerplanner.domain.outcomes;

import java.util.List;
import java.util.Map;

/**
 * A feature's contribution to the outcomes dashboard. Each feature that has something to measure implements this
 * next to its own data (its repository stays private) and the dashboard, the overview and the export pick every
 * implementation up: a new feature (help requests' "time to first answer") adds a section without touching them.
 *
 * <p>One call measures many teams, so a section reads its data with a fixed number of queries whatever the number of
 * teams or the length of their history.
 */
public interface MetricSection {

    /** Where the section stands on the dashboard, lowest first. */
    int order();

    /** Figures per team id; a team missing from the answer has nothing to show in this section. */
    Map<Long, SectionFigures> measure(List<TeamScope> teams);

    /**
     * Per team id, what the organisation overview shows of this section. By default taken from {@link #measure}; a
     * section whose flags and sparkline need less than its full figures reads just that, and one without either
     * answers nothing.
     */
    default Map<Long, OverviewFigures> overview(List<TeamScope> teams) {
        Map<Long, OverviewFigures> figures = new java.util.HashMap<>();
        measure(teams).forEach((teamId, f) -> figures.put(teamId, OverviewFigures.of(f)));
        return figures;
    }
}
