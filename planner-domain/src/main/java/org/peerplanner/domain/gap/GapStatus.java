package org.peerplanner.domain.gap;

/** Where a knowledge gap stands. The transitions between them are rules of {@link KnowledgeGap}. */
public enum GapStatus {
    OPEN("Open"),
    PLANNED("Planned"),
    ADDRESSED("Addressed"),
    CLOSED("Closed"),
    DECLINED("Declined");

    private final String label;

    GapStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for a session: people can vote and offer to teach. */
    public boolean isOpen() {
        return this == OPEN || this == PLANNED;
    }
}
