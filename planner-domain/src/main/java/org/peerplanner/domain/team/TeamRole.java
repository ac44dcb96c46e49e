package org.peerplanner.domain.team;

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
