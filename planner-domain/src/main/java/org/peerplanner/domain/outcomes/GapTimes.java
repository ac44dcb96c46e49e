package org.peerplanner.domain.outcomes;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How fast a team's knowledge gaps get addressed and closed. Gaps are grouped by the month they were logged (their
 * cohort); each month shows the median and the 90th percentile of the days it took, never a mean alone, because one
 * gap that waited a year would hide that most closed in weeks.
 */
public final class GapTimes {

    public static final String ID = "gaps";
    /** Open gaps by age, in these bands of days (the last one open-ended). */
    static final int[] AGE_BANDS = {30, 60, 90, 180};
    static final int QUIET_DAYS = 90;
    static final int ORDER = 10;

    private GapTimes() {
    }

    /** From the team's whole history of gaps. */
    public static SectionFigures measure(List<GapTrace> gaps, TeamScope scope) {
        return measure(gaps, gaps.stream().map(GapTrace::closedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null), scope);
    }

    /**
     * @param gaps       at least the gaps logged in the period and every gap still open
     * @param lastClosed the day the team last closed a gap (of those closed now), over its whole history, or null
     */
    public static SectionFigures measure(List<GapTrace> gaps, LocalDate lastClosed, TeamScope scope) {
        OutcomePeriod period = scope.period();
        Map<YearMonth, List<GapTrace>> cohorts = gaps.stream().filter(g -> period.contains(g.loggedOn()))
                .collect(Collectors.groupingBy(g -> YearMonth.from(g.loggedOn())));
        List<YearMonth> months = period.months();
        List<Double> closeMedian = new ArrayList<>();
        List<Double> closeP90 = new ArrayList<>();
        List<Double> addressMedian = new ArrayList<>();
        List<Double> addressP90 = new ArrayList<>();
        List<Double> logged = new ArrayList<>();
        for (YearMonth month : months) {
            List<GapTrace> cohort = cohorts.getOrDefault(month, List.of());
            List<Long> toClose = days(cohort, GapTrace::closedOn);
            List<Long> toAddress = days(cohort, GapTrace::firstAddressed);
            closeMedian.add(Stats.median(toClose));
            closeP90.add(Stats.p90(toClose));
            addressMedian.add(Stats.median(toAddress));
            addressP90.add(Stats.p90(toAddress));
            logged.add((double) cohort.size());
        }
        List<String> labels = Readings.months(period);
        var closeSeries = new MetricSeries("gaps-close", "Days from logged to closed, by month logged", "days",
                MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("Median", closeMedian),
                new MetricSeries.Line("90th percentile", closeP90)),
                Readings.trend("Median time to close", closeMedian, "days", "No gap logged in this period has closed yet."));
        var addressSeries = new MetricSeries("gaps-address", "Days from logged to addressed, by month logged", "days",
                MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("Median", addressMedian),
                new MetricSeries.Line("90th percentile", addressP90)),
                Readings.trend("Median time to address", addressMedian, "days",
                        "No gap logged in this period has been addressed yet."));
        var loggedSeries = loggedSeries(labels, logged);
        MetricSeries ages = openByAge(gaps, scope.today());

        List<GapTrace> inPeriod = gaps.stream().filter(g -> period.contains(g.loggedOn())).toList();
        int target = scope.closeTargetDays();
        // A gap counts once its target has passed or it has closed: a gap logged last week is not late yet.
        List<GapTrace> due = inPeriod.stream().filter(g -> g.closedOn() != null
                || !g.loggedOn().plusDays(target).isAfter(scope.today())).toList();
        long inTime = due.stream().filter(g -> g.closedOn() != null && DAYS.between(g.loggedOn(), g.closedOn()) <= target)
                .count();
        var flags = flags(lastClosed, scope);
        List<Fact> facts = List.of(
                new Fact("Logged in the period", String.valueOf(inPeriod.size())),
                new Fact("Closed within " + target + " days", Readings.share(inTime, due.size())),
                new Fact("Open now", String.valueOf(gaps.stream().filter(GapTrace::open).count())),
                new Fact("Last gap closed", lastClosed == null ? "none yet" : lastClosed.toString()));
        return new SectionFigures(ID, "Knowledge gaps", ORDER, facts,
                List.of(closeSeries, addressSeries, loggedSeries, ages), flags, Map.of(), "gaps-logged");
    }

    /**
     * What the organisation overview shows: the gaps logged per month and the flag.
     *
     * @param loggedPerMonth the gaps logged per month of the period (neither declined nor merged)
     * @param lastClosed     as for {@link #measure(List, LocalDate, TeamScope)}; a day older than
     *                       {@value #QUIET_DAYS} days before today may be left out (null), the flag is the same
     */
    public static OverviewFigures overview(Map<YearMonth, Long> loggedPerMonth, LocalDate lastClosed, TeamScope scope) {
        List<Double> logged = scope.period().months().stream()
                .map(m -> (double) loggedPerMonth.getOrDefault(m, 0L)).toList();
        return new OverviewFigures(ORDER, flags(lastClosed, scope),
                OverviewFigures.sparkline(loggedSeries(Readings.months(scope.period()), logged)));
    }

    /** The day from which on a closing keeps the team from being flagged. */
    public static LocalDate quietSince(LocalDate today) {
        return today.minusDays(QUIET_DAYS);
    }

    private static Set<TeamFlag> flags(LocalDate lastClosed, TeamScope scope) {
        return lastClosed == null || lastClosed.isBefore(quietSince(scope.today()))
                ? EnumSet.of(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS) : EnumSet.noneOf(TeamFlag.class);
    }

    private static MetricSeries loggedSeries(List<String> labels, List<Double> logged) {
        return new MetricSeries("gaps-logged", "Gaps logged per month", "gaps", MetricSeries.Kind.TREND,
                labels, List.of(new MetricSeries.Line("Logged", logged)),
                Readings.trend("Gaps logged per month", logged, "", "No gap logged in this period."));
    }

    static MetricSeries openByAge(List<GapTrace> gaps, LocalDate today) {
        List<String> labels = new ArrayList<>();
        int from = 0;
        for (int band : AGE_BANDS) {
            labels.add(from + "–" + band + " days");
            from = band + 1;
        }
        labels.add("over " + AGE_BANDS[AGE_BANDS.length - 1] + " days");
        double[] counts = new double[labels.size()];
        for (GapTrace gap : gaps) {
            if (gap.open()) {
                counts[band(DAYS.between(gap.loggedOn(), today))]++;
            }
        }
        List<Double> values = new ArrayList<>();
        for (double c : counts) {
            values.add(c);
        }
        long open = gaps.stream().filter(GapTrace::open).count();
        long old = Math.round(counts[counts.length - 1] + counts[counts.length - 2]);
        String reading = open == 0 ? "No gap is waiting for a session."
                : open + (open == 1 ? " gap is" : " gaps are") + " open; " + old + " of them for more than "
                + AGE_BANDS[AGE_BANDS.length - 2] + " days.";
        return new MetricSeries("gaps-open-age", "Open gaps by age", "gaps", MetricSeries.Kind.BARS, labels,
                List.of(new MetricSeries.Line("Open gaps", values)), reading);
    }

    private static int band(long age) {
        for (int i = 0; i < AGE_BANDS.length; i++) {
            if (age <= AGE_BANDS[i]) {
                return i;
            }
        }
        return AGE_BANDS.length;
    }

    private static List<Long> days(List<GapTrace> cohort, Function<GapTrace, LocalDate> until) {
        return cohort.stream().filter(g -> until.apply(g) != null)
                .map(g -> DAYS.between(g.loggedOn(), until.apply(g))).toList();
    }
}
