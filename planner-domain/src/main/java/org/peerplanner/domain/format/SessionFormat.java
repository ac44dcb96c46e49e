package org.peerplanner.domain.format;

/**
 * The ways a team learns together, with the length each usually takes. It lives apart from the
 * sessions feature because teams (their format mix) and gaps (the formats that would suit) name it too.
 */
public enum SessionFormat {
    LUNCH_AND_LEARN("Lunch & learn", 30, 60, 45),
    DEEP_DIVE("Deep dive", 90, 120, 105),
    PAIRING("Pairing", 60, 120, 90),
    CODE_REVIEW("Code review with a twist", 45, 90, 60),
    /**
     * One to three members bring a current problem; the others ask and share experience instead of advice. People
     * only bring a real problem when it stays in the room, so a roundtable is always confidential: there is no
     * switch to publish one (a team that wants an article writes it as a new one, in its own words).
     */
    ROUNDTABLE("Peer roundtable", 45, 90, 60);

    private final String label;
    private final int minMinutes;
    private final int maxMinutes;
    private final int defaultMinutes;

    SessionFormat(String label, int minMinutes, int maxMinutes, int defaultMinutes) {
        this.label = label;
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.defaultMinutes = defaultMinutes;
    }

    public String label() {
        return label;
    }

    public int minMinutes() {
        return minMinutes;
    }

    public int maxMinutes() {
        return maxMinutes;
    }

    public int defaultMinutes() {
        return defaultMinutes;
    }

    public boolean fits(int minutes) {
        return minutes >= minMinutes && minutes <= maxMinutes;
    }

    /** Its topic, notes and takeaways stay with the people who attend it. */
    public boolean isConfidential() {
        return this == ROUNDTABLE;
    }

    /**
     * The title as anything beyond the attendees shows it (calendar feeds, invites, notifications, gap history):
     * a confidential format shows only its name.
     */
    public String titleBeyondAttendees(String title) {
        return isConfidential() ? label : title;
    }
}
