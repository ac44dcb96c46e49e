package org.peerplanner.domain.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.TeamScope;

/** The help section of the outcomes dashboard on a hand-made history that crosses Berlin's spring clock change. */
class HelpOutcomesTest {

    private static final TeamScope BERLIN_TEAM = new TeamScope(7, "Platform", ZoneId.of("Europe/Berlin"), null,
            new OutcomePeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), LocalDate.of(2026, 5, 2), 60, List.of());

    private static HelpOutcomes.Asked asked(String at, Double hours, HelpStatus status) {
        Instant asked = Instant.parse(at);
        return new HelpOutcomes.Asked(7, asked, status,
                hours == null ? null : asked.plusSeconds(Math.round(hours * 3600)));
    }

    @Test
    void hoursToTheFirstAnswerByTheMonthOfAskingInTheTeamsZoneWithCountsAndNoNames() {
        var history = List.of(
                asked("2026-03-10T09:00:00Z", 2.0, HelpStatus.SOLVED),
                asked("2026-03-20T09:00:00Z", 24.0, HelpStatus.OPEN),
                asked("2026-03-25T09:00:00Z", 5.0, HelpStatus.SOLVED),
                // 00:30 on 1 April in Berlin (summer time): April's, though still March in UTC
                asked("2026-03-31T22:30:00Z", 4.0, HelpStatus.SOLVED),
                asked("2026-04-05T09:00:00Z", null, HelpStatus.SELF_SERVED));

        var figures = HelpOutcomes.measure(history, BERLIN_TEAM);

        var series = figures.series("help-first-answer");
        assertThat(series.labels()).hasSize(2);
        assertThat(series.lines().getFirst().values()).containsExactly(5.0, 4.0);
        assertThat(series.reading()).isEqualTo("Median time to a first answer fell from 5 to 4 hours.");
        assertThat(figures.facts()).extracting(Fact::label, Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("Asked", "5"),
                org.assertj.core.groups.Tuple.tuple("Answered by a colleague", "80 % (4 of 5)"),
                org.assertj.core.groups.Tuple.tuple("Solved", "3"),
                org.assertj.core.groups.Tuple.tuple("Answered by the knowledge base", "1"));
        assertThat(figures.personal()).isEmpty();
    }

    @Test
    void aTeamWithoutRequestsSaysSoInsteadOfShowingZeros() {
        var figures = HelpOutcomes.measure(List.of(), BERLIN_TEAM);

        assertThat(figures.series("help-first-answer").reading())
                .isEqualTo("No help request was answered in this period yet.");
        assertThat(figures.facts()).extracting(Fact::value).contains("no data yet", "–");
    }
}
