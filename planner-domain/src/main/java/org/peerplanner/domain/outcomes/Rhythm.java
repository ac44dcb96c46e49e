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
import java.util.Set;

/**
 * Does the team keep its rhythm: sessions held per slot of its cadence, blackout days excluded (a holiday is not a
 * missed session), and why sessions were cancelled. Only slots up to today count, so the current month is not
 * punished for sessions still to come.
 */
public final class Rhythm {

    public static final String ID = "rhythm";
    static final int TOP_REASONS = 5;
    static final int ORDER = 20;
    static final String HELD_TITLE = "Sessions held and slots of the cadence per month";
    private static final String HELD = "Held";

    private Rhythm() {
    }

    /**
     * @param slotDays the days of the team's cadence in the period, blackout days already left out (the session
     *                 feature works them out with the rotation's slot calendar)
     */
    public static SectionFigures measure(List<SessionTrace> sessions, List<LocalDate> slotDays, TeamScope scope) {
        OutcomePeriod period = scope.period();
        Map<YearMonth, long[]> heldAndCancelled = new HashMap<>();
        sessions.stream().filter(s -> period.contains(s.day()))
                .forEach(s -> heldAndCancelled.computeIfAbsent(YearMonth.from(s.day()), m -> new long[2])[s.held() ? 0 : 1]++);
        Tally tally = tally(heldAndCancelled, slotDays, scope);
        List<String> labels = Readings.months(period);
        var heldSeries = new MetricSeries("rhythm-held", HELD_TITLE, "sessions",
                MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line(HELD, tally.held()),
                new MetricSeries.Line("Slots", tally.slots()), new MetricSeries.Line("Cancelled", tally.cancelled())),
                rhythmReading(tally.heldTotal(), tally.slotTotal()));
        var shareSeries = new MetricSeries("rhythm-share", "Share of slots held per month", "%", MetricSeries.Kind.TREND,
                labels, List.of(new MetricSeries.Line("Held ÷ slots", tally.share())),
                Readings.trend("The share of slots held", tally.share(), "%", "No slot of the cadence in this period yet."));
        var reasons = reasons(sessions, period);
        long cancelledTotal = sessions.stream().filter(s -> !s.held() && period.contains(s.day())).count();
        List<Fact> facts = List.of(
                new Fact("Held ÷ slots", tally.slotTotal() == 0 ? "no slot yet"
                        : Readings.share(tally.heldTotal(), tally.slotTotal())),
                new Fact("Cancelled", String.valueOf(cancelledTotal)));
        return new SectionFigures(ID, "Rhythm", ORDER, facts, List.of(heldSeries, shareSeries, reasons), tally.flags(),
                Map.of(), "rhythm-held");
    }

    /**
     * What the organisation overview shows: the sessions held per month and the flag, as {@link #measure} has them.
     *
     * @param heldPerMonth the held sessions per month of their slot date
     */
    public static OverviewFigures overview(Map<YearMonth, Long> heldPerMonth, List<LocalDate> slotDays, TeamScope scope) {
        Map<YearMonth, long[]> heldAndCancelled = new HashMap<>();
        heldPerMonth.forEach((month, held) -> heldAndCancelled.put(month, new long[] {held, 0}));
        Tally tally = tally(heldAndCancelled, slotDays, scope);
        return new OverviewFigures(ORDER, tally.flags(), new TeamOverviewRow.Sparkline(HELD_TITLE, tally.held()));
    }

    /** Per month of the period: held, slots, share held and cancelled; and the totals the flag is decided on. */
    private record Tally(List<Double> held, List<Double> slots, List<Double> share, List<Double> cancelled,
                         long heldTotal, long slotTotal) {

        Set<TeamFlag> flags() {
            Double overall = Stats.percent(heldTotal, slotTotal);
            return overall != null && overall < 50 ? EnumSet.of(TeamFlag.CADENCE_BELOW_HALF)
                    : EnumSet.noneOf(TeamFlag.class);
        }
    }

    private static Tally tally(Map<YearMonth, long[]> heldAndCancelled, List<LocalDate> slotDays, TeamScope scope) {
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
        return new Tally(held, slotCounts, share, cancelled, heldTotal, slotTotal);
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
