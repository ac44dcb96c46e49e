package org.peerplanner.domain.outcomes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one metric section says about one team: headline facts, charts, flags for the organisation overview, and
 * figures about single people. The personal figures never leave the service except to the person they are about.
 *
 * @param sparkline the series (by id) the organisation overview draws as this section's sparkline, or null
 */
public record SectionFigures(String id, String title, int order, List<Fact> facts, List<MetricSeries> series,
                             Set<TeamFlag> flags, Map<Long, List<Fact>> personal, String sparkline) {

    public SectionFigures {
        facts = List.copyOf(facts);
        series = List.copyOf(series);
        flags = Set.copyOf(flags);
        personal = Map.copyOf(personal);
    }

    public MetricSeries series(String seriesId) {
        return series.stream().filter(s -> s.id().equals(seriesId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no series " + seriesId));
    }

    /** The same figures without anything about single people. */
    SectionFigures teamOnly() {
        return new SectionFigures(id, title, order, facts, series, flags, Map.of(), sparkline);
    }
}
