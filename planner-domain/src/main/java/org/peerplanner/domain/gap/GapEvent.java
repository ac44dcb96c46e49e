package org.peerplanner.domain.gap;

/** What happened to a gap, as its history shows it. */
public enum GapEvent {
    LOGGED("Logged"),
    EDITED("Edited"),
    PLANNED("Session planned"),
    ADDRESSED("Addressed"),
    CLOSED("Closed"),
    DECLINED("Declined"),
    REOPENED("Reopened"),
    MERGED_IN("Duplicate merged in"),
    MERGED_INTO("Merged into another gap"),
    VOTES_IMPORTED("Votes imported");

    private final String label;

    GapEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
