package org.peerplanner.domain.gap;

/** How a gap came onto the board; the board can tell a manager's observation from a member's wish. */
public enum GapOrigin {
    LOGGED("Logged"),
    PROPOSED("Proposed by a presenter"),
    REQUESTED("Requested"),
    IMPORTED("Imported");

    private final String label;

    GapOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
