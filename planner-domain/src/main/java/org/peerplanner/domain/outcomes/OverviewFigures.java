package org.peerplanner.domain.outcomes;

import java.util.Set;

/**
 * What the organisation overview shows of one section for one team: its flags and its sparkline (or null). A section
 * that can say these from a few grouped rows does so; any other section's are taken from its full figures, so the
 * overview and the dashboard show the same.
 */
public record OverviewFigures(int order, Set<TeamFlag> flags, TeamOverviewRow.Sparkline sparkline) {

    public OverviewFigures {
        flags = Set.copyOf(flags);
    }

    /** The overview's part of a section's full figures: its flags and the first line of its sparkline series. */
    public static OverviewFigures of(SectionFigures figures) {
        return new OverviewFigures(figures.order(), figures.flags(),
                figures.sparkline() == null ? null : sparkline(figures.series(figures.sparkline())));
    }

    static TeamOverviewRow.Sparkline sparkline(MetricSeries series) {
        return new TeamOverviewRow.Sparkline(series.title(), series.lines().getFirst().values());
    }
}
