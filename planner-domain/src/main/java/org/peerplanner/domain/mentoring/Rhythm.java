package org.peerplanner.domain.mentoring;

/** How often a mentoring pair meets, as they agree it. */
public enum Rhythm {
    WEEKLY("Every week", 1),
    BIWEEKLY("Every 2 weeks", 2),
    MONTHLY("Every month", 0);

    private final String label;
    private final int weeks;

    Rhythm(String label, int weeks) {
        this.label = label;
        this.weeks = weeks;
    }

    public String label() {
        return label;
    }

    /** Weeks between meetings; 0 for monthly, which follows the calendar month instead. */
    public int weeks() {
        return weeks;
    }
}
