package org.peerplanner.domain.session;

public enum SessionStatus {
    PLANNED("Planned"),
    CONFIRMED("Confirmed"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isUpcoming() {
        return this == PLANNED || this == CONFIRMED;
    }
}
