package org.peerplanner.domain.action;

/** OPEN until it is DONE or DROPPED; a closed item can be reopened. */
public enum ActionItemStatus {
    OPEN("Open"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
