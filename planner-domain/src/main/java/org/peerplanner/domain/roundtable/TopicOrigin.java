package org.peerplanner.domain.roundtable;

/**
 * Where a proposed roundtable topic came from, so its source can follow it: e.g. kind "HELP_REQUEST", the
 * request's id and a label the page shows ("Help request: Flaky consumer rebalances").
 */
public record TopicOrigin(String kind, long id, String label) {

    public TopicOrigin {
        if (kind == null || kind.isBlank() || kind.length() > 20) {
            throw new IllegalArgumentException("An origin kind has 1 to 20 characters.");
        }
        label = label == null ? null : label.strip();
        if (label != null && label.length() > 200) {
            label = label.substring(0, 199) + "\u2026";
        }
    }
}
