package org.peerplanner.domain.outcomes;

import java.util.List;
import java.util.Set;

/** One team in the organisation overview: its flags and a sparkline per section that offers one. */
public record TeamOverviewRow(long teamId, String teamName, int memberCount, Set<TeamFlag> flags,
                              List<Sparkline> sparklines) {

    public record Sparkline(String title, List<Double> values) {
        public Sparkline {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public TeamOverviewRow {
        flags = Set.copyOf(flags);
        sparklines = List.copyOf(sparklines);
    }
}
