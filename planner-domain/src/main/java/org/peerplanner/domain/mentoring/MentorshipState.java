package org.peerplanner.domain.mentoring;

/** A mentorship runs (or rests for a while) until it is completed or ended early; both are ordinary outcomes. */
public enum MentorshipState {
    ACTIVE("Active"), PAUSED("Paused"), COMPLETED("Completed"), ENDED_EARLY("Ended");

    private final String label;

    MentorshipState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean running() {
        return this == ACTIVE || this == PAUSED;
    }
}
