package org.peerplanner.domain.action;

/**
 * What the team heard when it asked "how did it go?". DONE and DROPPED close the item; PROGRESSING and
 * BLOCKED keep it open, so it comes back on the following agenda. REOPENED is written only by a reopen.
 */
public enum Outcome {
    DONE("Done"),
    PROGRESSING("Progressing"),
    BLOCKED("Blocked"),
    DROPPED("Dropped"),
    REOPENED("Reopened");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The answers a facilitator can give at a session. */
    public static Outcome[] recordable() {
        return new Outcome[] {DONE, PROGRESSING, BLOCKED, DROPPED};
    }

    public boolean closes() {
        return this == DONE || this == DROPPED;
    }
}
