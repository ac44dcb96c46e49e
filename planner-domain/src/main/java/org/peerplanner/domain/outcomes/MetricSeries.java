package org.peerplanner.domain.outcomes;

import java.util.List;
import java.util.Objects;

/**
 * One chart's worth of figures: labels along the bottom (months, or skill tags for bars) and one or more named
 * lines of values (null where there is no data, e.g. a month without a closed gap). The reading is the one sentence
 * a manager reads instead of the chart; the same series goes into the spreadsheet export and the data table.
 */
public record MetricSeries(String id, String title, String unit, Kind kind, List<String> labels, List<Line> lines,
                           String reading) {

    public enum Kind { TREND, BARS }

    public record Line(String name, List<Double> values) {
        public Line {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public MetricSeries {
        Objects.requireNonNull(id, "id");
        labels = List.copyOf(labels);
        lines = List.copyOf(lines);
        for (Line line : lines) {
            if (line.values().size() != labels.size()) {
                throw new IllegalArgumentException(id + ": line " + line.name() + " has " + line.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }

    public boolean hasData() {
        return lines.stream().flatMap(l -> l.values().stream()).anyMatch(Objects::nonNull);
    }

    public Line line(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no line " + name));
    }
}
