package org.peerplanner.domain.outcomes.baseline;

import java.util.Locale;

/**
 * A measure's before/after comparison. {@code change}, {@code low} and {@code high} are fractions (-0.18 = 18 %
 * less); when {@code enough} is false they are 0 and {@code notEnoughReason} says why.
 */
public record Comparison(BaselineMeasure measure, int monthsBefore, int monthsAfter, double meanBefore,
                         double meanAfter, double change, double low, double high, boolean enough,
                         String notEnoughReason) {

    static Comparison notEnough(BaselineMeasure measure, int before, int after, double meanBefore, double meanAfter,
                                String reason) {
        return new Comparison(measure, before, after, meanBefore, meanAfter, 0, 0, 0, false, reason);
    }

    /** True when the whole interval is below 0: the figure fell, beyond what chance alone would easily give. */
    public boolean clearlyLower() {
        return enough && high < 0;
    }

    public boolean clearlyHigher() {
        return enough && low > 0;
    }

    /** One sentence a manager reads at a glance, e.g. "Onboarding time fell by 18 % (95 % interval ...)". */
    public String reading() {
        if (!enough) {
            return measure.label() + ": " + notEnoughReason;
        }
        String from = String.format(Locale.ENGLISH, "from %.1f to %.1f %s on average (%d months before, %d after)",
                meanBefore, meanAfter, measure.unit(), monthsBefore, monthsAfter);
        String interval = "95 % interval " + percent(low) + " to " + percent(high);
        if (clearlyLower()) {
            return measure.label() + " fell by " + Math.round(-change * 100) + " %, " + from + "; " + interval + ".";
        }
        if (clearlyHigher()) {
            return measure.label() + " rose by " + Math.round(change * 100) + " %, " + from + "; " + interval + ".";
        }
        return measure.label() + " shows no clear change (" + percent(change) + ", " + interval + "), " + from + ".";
    }

    public static String percent(double fraction) {
        long rounded = Math.round(fraction * 100);
        return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + Math.abs(rounded) + " %";
    }
}
