package org.peerplanner.domain.outcomes;

/** Something an administrator should look at in a team, as the organisation overview shows it. */
public enum TeamFlag {
    SINGLE_KNOWLEDGE_KEEPER("Single knowledge keeper"),
    CADENCE_BELOW_HALF("Cadence below 50 %"),
    NO_GAP_CLOSED_IN_90_DAYS("No gap closed in 90 days");

    private final String label;

    TeamFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
