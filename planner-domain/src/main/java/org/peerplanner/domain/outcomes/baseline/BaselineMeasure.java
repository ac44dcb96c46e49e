package org.peerplanner.domain.outcomes.baseline;

/**
 * The two figures a team records, with the change the practice claims for each. The claim is only ever shown as a
 * reference line next to the team's own result, never as the result.
 */
public enum BaselineMeasure {
    ONBOARDING("Onboarding time", "days", -0.15),
    BUG_REPORTS("Bug reports", "a month", -0.10);

    private final String label;
    private final String unit;
    private final double claimedChange;

    BaselineMeasure(String label, String unit, double claimedChange) {
        this.label = label;
        this.unit = unit;
        this.claimedChange = claimedChange;
    }

    public String label() { return label; }
    public String unit() { return unit; }
    /** The practice's claim, e.g. -0.15 for "about 15 % shorter onboarding". */
    public double claimedChange() { return claimedChange; }
}
