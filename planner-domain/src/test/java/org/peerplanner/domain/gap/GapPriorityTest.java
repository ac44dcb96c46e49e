package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GapPriorityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aFreshGapWithoutVotesScoresItsUrgency() {
        assertThat(GapPriority.score(Urgency.LOW, 0, TODAY, TODAY)).isEqualTo(10);
        assertThat(GapPriority.score(Urgency.MEDIUM, 0, TODAY, TODAY)).isEqualTo(20);
        assertThat(GapPriority.score(Urgency.HIGH, 0, TODAY, TODAY)).isEqualTo(35);
    }

    @Test
    void eachVoteAddsFive() {
        assertThat(GapPriority.score(Urgency.MEDIUM, 3, TODAY, TODAY)).isEqualTo(35);
    }

    @Test
    void eachFullWeekOfWaitingAddsOneUpToTwelve() {
        assertThat(GapPriority.score(Urgency.LOW, 0, TODAY.minusDays(6), TODAY)).isEqualTo(10);
        assertThat(GapPriority.score(Urgency.LOW, 0, TODAY.minusDays(7), TODAY)).isEqualTo(11);
        assertThat(GapPriority.score(Urgency.LOW, 0, TODAY.minusWeeks(12), TODAY)).isEqualTo(22);
        assertThat(GapPriority.score(Urgency.LOW, 0, TODAY.minusYears(3), TODAY)).isEqualTo(22);
    }

    @Test
    void aWrongFutureDateAndNegativeVotesAddNothing() {
        assertThat(GapPriority.score(Urgency.MEDIUM, -4, TODAY.plusWeeks(3), TODAY)).isEqualTo(20);
    }

    @Test
    void twoVotesLiftAGapOneUrgencyLevelAndAStaleGapNeverBeatsAWantedOne() {
        int wantedLow = GapPriority.score(Urgency.LOW, 2, TODAY, TODAY);
        int medium = GapPriority.score(Urgency.MEDIUM, 0, TODAY, TODAY);
        int staleMedium = GapPriority.score(Urgency.MEDIUM, 0, TODAY.minusYears(1), TODAY);
        int wantedMedium = GapPriority.score(Urgency.MEDIUM, 3, TODAY, TODAY);

        assertThat(wantedLow).isEqualTo(medium);
        assertThat(wantedMedium).isGreaterThan(staleMedium);
        assertThat(GapPriority.score(Urgency.HIGH, 0, TODAY, TODAY))
                .isGreaterThan(GapPriority.score(Urgency.MEDIUM, 2, TODAY, TODAY));
    }
}
