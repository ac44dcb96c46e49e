package org.peerplanner.domain.outcomes.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineRulesTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    private static BaselineRow row(int number, YearMonth month, Integer days, Integer bugs) {
        return new BaselineRow(number, month, days, bugs, List.of());
    }

    @Test
    void aGoodMonthHasNoProblems() {
        assertThat(BaselineRules.checkOne(row(2, YearMonth.of(2026, 11), 20, 4), NOW)).isEmpty();
        assertThat(BaselineRules.checkOne(row(2, NOW, null, 0), NOW)).isEmpty();
    }

    @Test
    void refusesNegativeFiguresAndFutureMonths() {
        assertThat(BaselineRules.checkOne(row(2, YearMonth.of(2027, 1), -1, -2), NOW)).containsExactly(
                "January 2027 is in the future; record months up to December 2026.",
                "Onboarding days cannot be negative (-1).",
                "Bug reports cannot be negative (-2).");
    }

    @Test
    void needsAMonthAndAtLeastOneFigure() {
        assertThat(BaselineRules.checkOne(row(2, null, 3, null), NOW)).containsExactly("Give the month, e.g. 2026-03.");
        assertThat(BaselineRules.checkOne(row(2, NOW, null, null), NOW))
                .containsExactly("Give onboarding days, bug reports or both.");
    }

    @Test
    void refusesImplausibleFigures() {
        assertThat(BaselineRules.checkOne(row(2, NOW, 800, 100_001), NOW)).hasSize(2);
    }

    @Test
    void aFileNamesEachMonthOnceAndKeepsWhatReadingFound() {
        var problems = BaselineRules.check(List.of(
                row(2, YearMonth.of(2026, 1), 10, 1),
                row(3, YearMonth.of(2026, 2), 10, 1),
                row(4, YearMonth.of(2026, 1), 12, 2),
                new BaselineRow(5, YearMonth.of(2026, 3), null, null, List.of("Bug reports \"x\" is not a number."))),
                NOW);
        assertThat(problems.get(0)).isEmpty();
        assertThat(problems.get(1)).isEmpty();
        assertThat(problems.get(2)).containsExactly("January 2026 is already in row 2; give each month once.");
        assertThat(problems.get(3)).containsExactly("Bug reports \"x\" is not a number.");
    }
}
