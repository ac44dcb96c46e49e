package org.peerplanner.domain.outcomes;

import java.util.List;

/**
 * A team's dashboard: the team-level sections, and the viewer's own figures (never anyone else's).
 *
 * @param viewerMayChangeTarget the viewer manages the team (or administers), so may change the close target
 */
public record TeamOutcomes(long teamId, String teamName, OutcomePeriod period, int closeTargetDays, int memberCount,
                           boolean viewerMayChangeTarget, List<SectionFigures> sections, List<Fact> mine) {

    public TeamOutcomes {
        sections = List.copyOf(sections);
        mine = List.copyOf(mine);
    }

    public SectionFigures section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + id));
    }

    /** Every chart of every section, in dashboard order: what the export writes. */
    public List<MetricSeries> allSeries() {
        return sections.stream().flatMap(s -> s.series().stream()).toList();
    }
}
