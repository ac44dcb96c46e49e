package org.peerplanner.domain.format;

/**
 * The four ways a team learns together, with the length each usually takes. It lives apart from the
 * sessions feature because teams (their format mix) and gaps (the formats that would suit) name it too.
 */
public enum SessionFormat {
    LUNCH_AND_LEARN("Lunch & learn", 30, 60, 45),
    DEEP_DIVE("Deep dive", 90, 120, 105),
    PAIRING("Pairing", 60, 120, 90),
    CODE_REVIEW("Code review with a twist", 45, 90, 60);

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
}
