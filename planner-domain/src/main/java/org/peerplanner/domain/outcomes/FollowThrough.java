package org.peerplanner.domain.outcomes;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Do action items get done. Items are grouped by the month they fall due: the share done by their due date counts
 * only items whose due date has passed (or that are done), and leaves dropped items out (dropping is a decision, not
 * a failure). Days to done are grouped by the month the item was written down.
 */
public final class FollowThrough {

    public static final String ID = "follow-through";
    static final int CARRIED_OFTEN = 2;

    private FollowThrough() {
    }

    public static SectionFigures measure(List<ItemTrace> items, TeamScope scope) {
        OutcomePeriod period = scope.period();
        LocalDate today = scope.today();
        List<Double> inTime = new ArrayList<>();
        List<Double> toDone = new ArrayList<>();
        Map<YearMonth, long[]> dueByMonth = new HashMap<>();
        Map<YearMonth, List<Long>> daysByMonth = new HashMap<>();
        for (ItemTrace i : items) {
            if (!i.dropped() && period.contains(i.dueOn()) && (i.doneOn() != null || i.dueOn().isBefore(today))) {
                long[] counts = dueByMonth.computeIfAbsent(YearMonth.from(i.dueOn()), m -> new long[2]);
                counts[0]++;
                counts[1] += i.doneInTime() ? 1 : 0;
            }
            if (i.doneOn() != null && period.contains(i.writtenOn())) {
                daysByMonth.computeIfAbsent(YearMonth.from(i.writtenOn()), m -> new ArrayList<>())
                        .add(DAYS.between(i.writtenOn(), i.doneOn()));
            }
        }
        for (YearMonth month : period.months()) {
            long[] due = dueByMonth.getOrDefault(month, new long[2]);
            inTime.add(Stats.percent(due[1], due[0]));
            toDone.add(Stats.median(daysByMonth.getOrDefault(month, List.of())));
        }
        List<String> labels = Readings.months(period);
        var inTimeSeries = new MetricSeries("follow-in-time", "Action items done by their due date, by month due", "%",
                MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("Done by due date", inTime)),
                Readings.trend("The share of items done by their due date", inTime, "%",
                        "No action item fell due in this period yet."));
        var toDoneSeries = new MetricSeries("follow-days", "Median days from written down to done, by month written",
                "days", MetricSeries.Kind.TREND, labels, List.of(new MetricSeries.Line("Median", toDone)),
                Readings.trend("Median days to done", toDone, "days", "No action item written in this period is done yet."));
        List<ItemTrace> inPeriod = items.stream().filter(i -> period.contains(i.dueOn())).toList();
        List<ItemTrace> countable = inPeriod.stream().filter(i -> !i.dropped())
                .filter(i -> i.doneOn() != null || i.dueOn().isBefore(today)).toList();
        long carried = items.stream().filter(i -> period.contains(i.writtenOn()) && i.carriedOver() >= CARRIED_OFTEN)
                .count();
        List<Fact> facts = List.of(
                new Fact("Done by their due date", Readings.share(countable.stream().filter(ItemTrace::doneInTime).count(),
                        countable.size())),
                new Fact("Median days to done", Readings.number(Stats.median(items.stream()
                        .filter(i -> i.doneOn() != null && period.contains(i.writtenOn()))
                        .map(i -> DAYS.between(i.writtenOn(), i.doneOn())).toList()))),
                new Fact("Carried over " + CARRIED_OFTEN + " times or more", String.valueOf(carried)));
        return new SectionFigures(ID, "Follow-through", 40, facts, List.of(inTimeSeries, toDoneSeries), Set.of(),
                scope.personalFigures() ? personal(countable) : Map.of(), null);
    }

    private static Map<Long, List<Fact>> personal(List<ItemTrace> countable) {
        Map<Long, List<ItemTrace>> byOwner = new HashMap<>();
        countable.forEach(i -> byOwner.computeIfAbsent(i.ownerId(), o -> new ArrayList<>()).add(i));
        Map<Long, List<Fact>> personal = new HashMap<>();
        byOwner.forEach((owner, own) -> personal.put(owner, List.of(new Fact("Your items done by their due date",
                Readings.share(own.stream().filter(ItemTrace::doneInTime).count(), own.size())))));
        return personal;
    }
}
