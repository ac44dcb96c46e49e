package org.peerplanner.domain.help;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.MetricSection;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.MetricSeries;
import org.peerplanner.domain.outcomes.Readings;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.Stats;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help requests section of the outcomes dashboard: how many questions the team asked between sessions, how long
 * the first answer took (median and 90th percentile per month of asking, in hours), and how many were solved or
 * answered by the knowledge base. Counts only, never who asked or answered; confidential requests count like others.
 */
@Component
@Transactional(readOnly = true)
class HelpOutcomes implements MetricSection {

    static final String ID = "help";

    /** One request asked in the period, and the first answer from someone else. */
    record Asked(long teamId, Instant askedAt, HelpStatus status, Instant firstAnswerAt) {

        Double hoursToFirstAnswer() {
            return firstAnswerAt == null ? null : Duration.between(askedAt, firstAnswerAt).toMinutes() / 60.0;
        }
    }

    private final HelpRequestRepository requests;

    HelpOutcomes(HelpRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 65;
    }

    /** Help between sessions shows no flag and no sparkline in the organisation overview: nothing to read for it. */
    @Override
    public Map<Long, OverviewFigures> overview(List<TeamScope> teams) {
        return Map.of();
    }

    @Override
    public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        // a day either side of the period covers every team's zone; each team then keeps its own local months
        Instant from = teams.stream().map(t -> t.period().start().atStartOfDay(ZoneOffset.UTC).toInstant())
                .min(Instant::compareTo).orElseThrow().minus(Duration.ofDays(1));
        Instant to = teams.stream().map(t -> t.period().end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .max(Instant::compareTo).orElseThrow().plus(Duration.ofDays(1));
        Map<Long, List<Asked>> byTeam = requests.askedBetween(teams.stream().map(TeamScope::teamId).toList(), from, to)
                .stream().map(row -> new Asked((Long) row[0], (Instant) row[1], (HelpStatus) row[2], (Instant) row[3]))
                .collect(Collectors.groupingBy(Asked::teamId));
        Map<Long, SectionFigures> figures = new HashMap<>();
        for (TeamScope team : teams) {
            var asked = byTeam.getOrDefault(team.teamId(), List.of()).stream()
                    .filter(a -> team.period().contains(team.localDate(a.askedAt()))).toList();
            figures.put(team.teamId(), measure(asked, team));
        }
        return figures;
    }

    static SectionFigures measure(List<Asked> asked, TeamScope team) {
        List<String> months = Readings.months(team.period());
        List<Double> median = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        for (YearMonth month : team.period().months()) {
            var hours = asked.stream().filter(a -> YearMonth.from(team.localDate(a.askedAt())).equals(month))
                    .map(Asked::hoursToFirstAnswer).filter(h -> h != null).toList();
            median.add(Stats.median(hours));
            p90.add(Stats.p90(hours));
        }
        var allHours = asked.stream().map(Asked::hoursToFirstAnswer).filter(h -> h != null).toList();
        long answered = allHours.size();
        long solved = asked.stream().filter(a -> a.status() == HelpStatus.SOLVED).count();
        long selfServed = asked.stream().filter(a -> a.status() == HelpStatus.SELF_SERVED).count();
        var firstAnswer = new MetricSeries("help-first-answer", "Hours to the first answer, by month asked", "hours",
                MetricSeries.Kind.TREND, months,
                List.of(new MetricSeries.Line("Median", median), new MetricSeries.Line("90th percentile", p90)),
                Readings.trend("Median time to a first answer", median, "hours",
                        "No help request was answered in this period yet."));
        List<Fact> facts = List.of(
                new Fact("Asked", String.valueOf(asked.size())),
                new Fact("Answered by a colleague", Readings.share(answered, asked.size())),
                new Fact("Median time to a first answer", allHours.isEmpty() ? "–"
                        : Readings.number(Stats.median(allHours)) + " h"),
                new Fact("Solved", String.valueOf(solved)),
                new Fact("Answered by the knowledge base", String.valueOf(selfServed)));
        return new SectionFigures(ID, "Help between sessions", 65, facts, List.of(firstAnswer), Set.of(), Map.of(),
                null);
    }
}
