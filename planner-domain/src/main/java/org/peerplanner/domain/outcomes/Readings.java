package org.peerplanner.domain.outcomes;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The words around the numbers: month labels and the one-sentence reading of a trend or of bars. */
public final class Readings {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Readings() {
    }

    public static String month(YearMonth month) {
        return month.format(MONTH);
    }

    public static List<String> months(OutcomePeriod period) {
        return period.months().stream().map(Readings::month).toList();
    }

    /**
     * "Median time to close fell from 41 to 23 days": the first and the last month with a value. With one month of
     * data it says that value; with none, that there is nothing yet.
     */
    public static String trend(String what, List<Double> values, String unit, String nothingYet) {
        List<Double> known = values.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return nothingYet;
        }
        String first = number(known.getFirst());
        String last = number(known.getLast());
        if (known.size() == 1) {
            return what + " was " + last + unit(unit) + " (one month of data).";
        }
        if (first.equals(last)) {
            return what + " stayed at " + last + unit(unit) + ".";
        }
        String verb = known.getLast() < known.getFirst() ? "fell" : "rose";
        return what + " " + verb + " from " + first + " to " + last + unit(unit) + ".";
    }

    /** Whole numbers as such, others with one decimal; English digits. */
    public static String number(Double value) {
        if (value == null) {
            return "–";
        }
        double rounded = Math.round(value * 10) / 10.0;
        if (Math.abs(rounded) < 1000) {
            // no thousands separator below 1,000: skip the formatter (the overview formats thousands of figures)
            return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
        }
        return rounded == Math.rint(rounded) ? String.format(Locale.ENGLISH, "%,d", (long) rounded)
                : String.format(Locale.ENGLISH, "%,.1f", rounded);
    }

    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share) + " %";
    }

    public static String share(long part, long whole) {
        return whole == 0 ? "no data yet" : percent(Stats.percent(part, whole)) + " (" + part + " of " + whole + ")";
    }

    private static String unit(String unit) {
        return unit == null || unit.isEmpty() ? "" : unit.startsWith("%") ? " " + unit : " " + unit;
    }
}
