package org.peerplanner.domain.team;

/** How often a team meets to learn. */
public enum Cadence {
    WEEKLY("Weekly"),
    EVERY_TWO_WEEKS("Every two weeks"),
    EVERY_SPRINT("Every sprint");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
