package org.peerplanner.domain.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    long ids;

    ContributionEntry entry(ContributionKind kind, int day, String title, String topic, Long... helped) {
        return new ContributionEntry(++ids, 1, 7L, kind, JAN.plusDays(day), new Source(Source.SESSION, ids, title), topic,
                null, Set.of(helped));
    }

    @Test
    void nothingYetEarnsNothing() {
        assertThat(Milestones.earned(List.of())).isEmpty();
    }

    @Test
    void theFirstCoLedAndTheFirstLedSessionEachEarnOnceOnTheirDay() {
        var earned = Milestones.earned(List.of(
                entry(ContributionKinds.SESSION_LED, 10, "Deep dive: Kafka", "gap 1"),
                entry(ContributionKinds.SESSION_CO_LED, 3, "Lunch & learn: Git", "git"),
                entry(ContributionKinds.SESSION_LED, 20, "Lunch & learn: SQL", "sql")));

        assertThat(earned).extracting(Milestone::kind).containsExactly(MilestoneKind.FIRST_CO_LED, MilestoneKind.FIRST_LED);
        assertThat(earned.get(1).on()).isEqualTo(JAN.plusDays(10));
        assertThat(earned.get(1).because()).isEqualTo("Led “Deep dive: Kafka”");
    }

    @Test
    void threeDifferentTopicsCountOnlyDifferentOnesAndOnlyWhenLed() {
        var entries = List.of(
                entry(ContributionKinds.SESSION_LED, 1, "Kafka 1", "gap 1"),
                entry(ContributionKinds.SESSION_LED, 2, "Kafka 2", "gap 1"),
                entry(ContributionKinds.SESSION_CO_LED, 3, "Docker", "docker"),
                entry(ContributionKinds.SESSION_LED, 4, "SQL", "sql"),
                entry(ContributionKinds.SESSION_LED, 5, "Kafka 3", "gap 1"),
                entry(ContributionKinds.SESSION_LED, 6, "Testing", "testing"));

        var three = Milestones.earned(entries).stream().filter(m -> m.kind() == MilestoneKind.THREE_TOPICS).toList();

        assertThat(three).singleElement().satisfies(m -> {
            assertThat(m.on()).isEqualTo(JAN.plusDays(6));
            assertThat(m.earnedBy().title()).isEqualTo("Testing");
        });
    }

    @Test
    void fiveDifferentPeopleHelpedAcrossKindsEarnOnTheEntryThatBringsTheFifth() {
        var entries = List.of(
                entry(ContributionKinds.SESSION_LED, 1, "Git", "git", 2L, 3L),
                entry(ContributionKinds.PAIRED, 2, "Pairing", "pairing", 2L, 3L),
                entry(ContributionKinds.SESSION_CO_LED, 3, "SQL", "sql", 4L),
                entry(ContributionKinds.MENTEE_TAKEN, 4, "Mentoring: Kafka", "Kafka", 5L),
                entry(ContributionKinds.SESSION_LED, 5, "Docker", "docker", 6L, 7L));

        var five = Milestones.earned(entries).stream().filter(m -> m.kind() == MilestoneKind.FIVE_PEOPLE_HELPED).toList();

        assertThat(five).singleElement().satisfies(m -> assertThat(m.on()).isEqualTo(JAN.plusDays(5)));
    }

    @Test
    void fourPeopleHelpedManyTimesIsNotFive() {
        var entries = new ArrayList<ContributionEntry>();
        for (int i = 0; i < 20; i++) {
            entries.add(entry(ContributionKinds.SESSION_LED, i, "Session " + i, "topic " + i, 2L, 3L, 4L, 5L));
        }
        assertThat(Milestones.earned(entries)).extracting(Milestone::kind)
                .doesNotContain(MilestoneKind.FIVE_PEOPLE_HELPED).contains(MilestoneKind.THREE_TOPICS);
    }

    @Test
    void anArticleThatClosedSomeoneElsesGapTheFirstMenteeAndACompletedMentorshipEachEarnOnce() {
        var earned = Milestones.earned(List.of(
                entry(ContributionKinds.ARTICLE_WRITTEN, 1, "Kafka in practice", null),
                entry(ContributionKinds.ARTICLE_CITED, 8, "Kafka consumer groups", "Kafka in practice"),
                entry(ContributionKinds.ARTICLE_CITED, 9, "Kafka retries", "Kafka in practice"),
                entry(ContributionKinds.MENTEE_TAKEN, 10, "Mentoring: SQL", "SQL", 9L),
                entry(ContributionKinds.MENTEE_TAKEN, 11, "Mentoring: Git", "Git", 8L),
                entry(ContributionKinds.MENTORSHIP_COMPLETED, 40, "Mentoring: SQL", "SQL", 9L)));

        assertThat(earned).extracting(Milestone::kind).containsExactly(MilestoneKind.FIRST_ARTICLE_LINKED,
                MilestoneKind.FIRST_MENTEE, MilestoneKind.MENTORSHIP_COMPLETED);
        assertThat(earned.getFirst().because()).isEqualTo("Your article “Kafka in practice” closed the gap “Kafka consumer groups”");
        assertThat(earned.get(1).on()).isEqualTo(JAN.plusDays(10));
    }

    @Test
    void writingManyArticlesAndItemsEarnsNoMilestone() {
        var entries = new ArrayList<ContributionEntry>();
        for (int i = 0; i < 50; i++) {
            entries.add(entry(ContributionKinds.ARTICLE_WRITTEN, i, "Article " + i, null));
            entries.add(entry(ContributionKinds.ACTION_ITEM_DONE, i, "Item " + i, null));
        }
        assertThat(Milestones.earned(entries)).as("volume alone is not growth").isEmpty();
    }
}
