package org.peerplanner.domain.session;

/** What a pairing session is about: pairing is for more than writing code. */
public enum PairingFocus {
    DEBUGGING("Debugging"),
    DOCUMENTATION("Documentation"),
    EXPLORING_A_LIBRARY("Exploring a library"),
    CODING("Coding");

    private final String label;

    PairingFocus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
