package org.peerplanner.domain.gap;

public enum Urgency {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
