package org.peerplanner.domain.session;

public enum Rsvp {
    PENDING("No answer yet"),
    YES("Yes"),
    MAYBE("Maybe"),
    NO("No");

    private final String label;

    Rsvp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
