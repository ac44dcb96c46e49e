package org.peerplanner.domain.access;

/** The part a person plays in a team; it decides what they may change there (see TeamAccess). */
public enum TeamRole {
    MANAGER("Manager"),
    MEMBER("Member");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
