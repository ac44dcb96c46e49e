package org.peerplanner.domain.help;

/** Where a help request stands. Only an open one takes answers and counts towards the asker's limit. */
public enum HelpStatus {
    OPEN("Open"),
    /** The asker marked the answer that helped. */
    SOLVED("Solved"),
    /** An article or past session the asker found while typing answered it. */
    SELF_SERVED("Answered by the knowledge base"),
    /** The asker closed it without an answer that helped. */
    CLOSED("Closed");

    private final String label;

    HelpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == OPEN;
    }
}
