package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does the team keep its rhythm: sessions held per slot of its cadence, blackout days excluded (a holiday is not a
 * missed session), and why sessions were cancelled. Only slots up to today count, so the current month is not
 * punished for sessions still to come.
 */
public final class Rhythm {

    public static final String ID = "rhythm";
    static final int TOP_REASONS = 5;

    private Rhythm() {
    }

    /**
     * @param slotDays the days of the team's cadence in the period, blackout days already left out (the session
     *                 feature works them out with the rotation's slot calendar)
     */
    public static SectionFigures measure(List<SessionTrace> sessions, List<LocalDate> slotDays, TeamScope scope) {
        OutcomePeriod period = scope.period();
        LocalDate until = scope.today().isBefore(period.end()) ? scope.today() : period.end();
        Map<YearMonth, Integer> slots = new LinkedHashMap<>();
        slotDays.stream().filter(d -> period.contains(d) && !d.isAfter(until))
                .forEach(d -> slots.merge(YearMonth.from(d), 1, Integer::sum));
        List<Double> held = new ArrayList<>();
        List<Double> slotCounts = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        List<Double> cancelled = new ArrayList<>();
        long heldTotal = 0;
        long slotTotal = 0;
        Map<YearMonth, long[]> heldAndCancelled = new HashMap<>();
        sessions.stream().filter(s -> period.contains(s.day()))
                .forEach(s -> heldAndCancelled.computeIfAbsent(YearMonth.from(s.day()), m -> new long[2])[s.held() ? 0 : 1]++);
        for (YearMonth month : period.months()) {
            long[] counts = heldAndCancelled.getOrDefault(month, new long[2]);
            long h = counts[0];
            long c = counts[1];
            int n = slots.getOrDefault(month, 0);
            boolean past = !month.atDay(1).isAfter(until);
            held.add(past ? (double) h : null);
            slotCounts.add(past ? (double) n : null);
            // An extra session does not make up for a missed slot: a month counts at most its slots.
            share.add(n == 0 ? null : Stats.percent(Math.min(h, n), n));
            cancelled.add(past ? (double) c : null);
            heldTotal += Math.min(h, n);
            slotTotal += n;
        }
        List<String> labels = Readings.months(period);
        var heldSeries = new MetricSeries("rhythm-held", "Sessions held and slots of the cadence per month", "sessions",
                MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("Held", held),
                new MetricSeries.Line("Slots", slotCounts), new MetricSeries.Line("Cancelled", cancelled)),
                rhythmReading(heldTotal, slotTotal));
        var shareSeries = new MetricSeries("rhythm-share", "Share of slots held per month", "%", MetricSeries.Kind.TREND,
                labels, List.of(new MetricSeries.Line("Held ÷ slots", share)),
                Readings.trend("The share of slots held", share, "%", "No slot of the cadence in this period yet."));
        var reasons = reasons(sessions, period);
        var flags = EnumSet.noneOf(TeamFlag.class);
        Double overall = Stats.percent(heldTotal, slotTotal);
        if (overall != null && overall < 50) {
            flags.add(TeamFlag.CADENCE_BELOW_HALF);
        }
        long cancelledTotal = sessions.stream().filter(s -> !s.held() && period.contains(s.day())).count();
        List<Fact> facts = List.of(
                new Fact("Held ÷ slots", slotTotal == 0 ? "no slot yet" : Readings.share(heldTotal, slotTotal)),
                new Fact("Cancelled", String.valueOf(cancelledTotal)));
        return new SectionFigures(ID, "Rhythm", 20, facts, List.of(heldSeries, shareSeries, reasons), flags, Map.of(),
                "rhythm-held");
    }

    private static MetricSeries reasons(List<SessionTrace> sessions, OutcomePeriod period) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sessions.stream().filter(s -> !s.held() && period.contains(s.day()))
                .map(s -> s.cancelReason() == null || s.cancelReason().isBlank() ? "No reason given"
                        : capitalised(s.cancelReason().strip()))
                .forEach(reason -> counts.merge(reason, 1, Integer::sum));
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < TOP_REASONS) {
                labels.add(sorted.get(i).getKey());
                values.add((double) sorted.get(i).getValue());
            } else {
                other += sorted.get(i).getValue();
            }
        }
        if (other > 0) {
            labels.add("Other reasons");
            values.add((double) other);
        }
        String reading = labels.isEmpty() ? "No session was cancelled in this period."
                : "Most common reason for cancelling: " + labels.getFirst() + " (" + Readings.number(values.getFirst())
                + ").";
        return new MetricSeries("rhythm-cancel-reasons", "Cancellations by reason", "sessions", MetricSeries.Kind.BARS,
                labels, List.of(new MetricSeries.Line("Cancelled", values)), reading);
    }

    private static String capitalised(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ");
        String cut = oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine;
        return cut.substring(0, 1).toUpperCase(Locale.ENGLISH) + cut.substring(1);
    }

    private static String rhythmReading(long held, long slots) {
        if (slots == 0) {
            return held == 0 ? "No session held and no slot of the cadence in this period yet."
                    : held + " sessions held; the cadence had no slot in this period.";
        }
        return held + " of " + slots + " slots of the cadence held ("
                + Readings.percent(Stats.percent(held, slots)) + ").";
    }
}
