package org.peerplanner.domain.outcomes;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Peer mentoring of the team's members: running now, started per month, and completed versus ended early. */
public final class MentoringFigures {

    public static final String ID = "mentoring";

    private MentoringFigures() {
    }

    public static SectionFigures measure(List<MentorshipTrace> mentorships, TeamScope scope) {
        OutcomePeriod period = scope.period();
        List<Double> started = new ArrayList<>();
        Map<YearMonth, Integer> startedIn = new java.util.HashMap<>();
        mentorships.forEach(m -> startedIn.merge(YearMonth.from(m.startedOn()), 1, Integer::sum));
        for (YearMonth month : period.months()) {
            started.add((double) startedIn.getOrDefault(month, 0));
        }
        long running = mentorships.stream().filter(MentorshipTrace::running).count();
        long completed = mentorships.stream().filter(m -> m.completed() && period.contains(m.endedOn())).count();
        long endedEarly = mentorships.stream().filter(m -> !m.running() && !m.completed() && period.contains(m.endedOn()))
                .count();
        var endings = new MetricSeries("mentoring-endings", "Mentorships that ended in the period", "mentorships",
                MetricSeries.Kind.BARS, List.of("Completed", "Ended early"),
                List.of(new MetricSeries.Line("Mentorships", List.of((double) completed, (double) endedEarly))),
                completed + endedEarly == 0 ? "No mentorship ended in this period."
                        : completed + " completed and " + endedEarly + " ended early; ending early is an ordinary outcome.");
        var starts = new MetricSeries("mentoring-started", "Mentorships started per month", "mentorships",
                MetricSeries.Kind.TREND, Readings.months(period), List.of(new MetricSeries.Line("Started", started)),
                Readings.trend("Mentorships started per month", started, "", "No mentorship started in this period."));
        List<Fact> facts = List.of(new Fact("Running now", String.valueOf(running)),
                new Fact("Completed", String.valueOf(completed)), new Fact("Ended early", String.valueOf(endedEarly)));
        return new SectionFigures(ID, "Peer mentoring", 60, facts, List.of(starts, endings), Set.of(), Map.of(), null);
    }
}
