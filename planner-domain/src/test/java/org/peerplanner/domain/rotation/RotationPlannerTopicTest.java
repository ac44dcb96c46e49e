package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.rotation.Scenario.skill;
import static org.peerplanner.domain.rotation.Scenario.topics;
import static org.peerplanner.domain.format.SessionFormat.CODE_REVIEW;
import static org.peerplanner.domain.format.SessionFormat.DEEP_DIVE;
import static org.peerplanner.domain.format.SessionFormat.LUNCH_AND_LEARN;
import static org.peerplanner.domain.format.SessionFormat.PAIRING;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.format.SessionFormat;

class RotationPlannerTopicTest {

    private static Scenario expertTeam() {
        return new Scenario().member(1, "Ana", skill("Kafka", 4), skill("SQL", 3), skill("Docker", 5))
                .member(2, "Ben", skill("kubernetes", 3));
    }

    @Test
    void theFormatMixRotatesThroughSlotsAndContinuesWhereTheHistoryLeftOff() {
        Scenario team = expertTeam();
        team.mix = new FormatMix(List.of(LUNCH_AND_LEARN, LUNCH_AND_LEARN, DEEP_DIVE, PAIRING), 2);
        team.slotCount = 5;

        assertThat(team.plan().slots().stream().map(PlannedSlot::format))
                .containsExactly(DEEP_DIVE, PAIRING, LUNCH_AND_LEARN, LUNCH_AND_LEARN, DEEP_DIVE);
        assertThat(FormatMix.of(LUNCH_AND_LEARN, DEEP_DIVE).continuingAfter(3).formatOfPlannedSlot(0))
                .isEqualTo(DEEP_DIVE);
    }

    @Test
    void picksTheHighestPriorityOpenGapWhosePreferredFormatsFitTheSlot() {
        Scenario team = expertTeam()
                .gap(10, "Kafka pairing", 80, Set.of("kafka"), PAIRING)
                .gap(11, "Query plans", 60, Set.of("sql"), DEEP_DIVE, CODE_REVIEW)
                .gap(12, "Docker basics", 50, Set.of("docker"));
        team.mix = FormatMix.of(DEEP_DIVE);
        team.slotCount = 1;

        TopicPick topic = team.plan().slots().get(0).topic().orElseThrow();

        assertThat(topic.gapId()).isEqualTo(11L);
        assertThat(topic.source()).isEqualTo(PickSource.ENGINE);
        assertThat(topic.reasons()).containsExactly(
                "highest priority open gap that fits a deep dive (priority 60)",
                "Ana has the skill (sql, proficiency 3+)");
    }

    @Test
    void aGapWithoutPreferredFormatsFitsEveryFormat() {
        Scenario team = expertTeam()
                .gap(10, "Kafka pairing", 80, Set.of("kafka"), PAIRING)
                .gap(12, "Docker basics", 50, Set.of("docker"));
        team.mix = FormatMix.of(LUNCH_AND_LEARN);
        team.slotCount = 1;

        assertThat(topics(team.plan())).containsExactly(12L);
    }

    @Test
    void aGapNeedsSomeoneAvailableWithTheSkillAtProficiencyThreeMatchedCaseInsensitively() {
        Scenario team = new Scenario().member(1, "Ana", skill("kafka", 2)).member(2, "Ben", skill("sql", 3))
                .gap(10, "Kafka consumer groups", 80, Set.of("Kafka"))
                .gap(11, "Query plans", 60, Set.of("SQL"));
        team.slotCount = 1;

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.gapId()).contains(11L);
        assertThat(slot.topicNotes()).containsExactly(
                "skipped Kafka consumer groups: nobody available has the skill or offered to teach it");
    }

    @Test
    void anOfferToTeachIsEnoughButOnlyFromSomeoneAvailable() {
        Scenario team = new Scenario().member(1, "Ana").member(2, "Ben")
                .gap(10, "Kafka consumer groups", 80, Set.of("kafka")).offer(10, 2);
        team.slotCount = 1;

        PlannedSlot slot = team.plan().slots().get(0);
        assertThat(slot.gapId()).contains(10L);
        assertThat(slot.topic().orElseThrow().reasons()).contains("Ben offered to teach it");
        assertThat(slot.facilitatorId()).contains(2L);
        assertThat(slot.facilitator().orElseThrow().reasons()).startsWith("offered to teach Kafka consumer groups");

        team.declines.add(new SlotDecline(Scenario.MAR_5, 2));
        PlannedSlot declined = team.plan().slots().get(0);
        assertThat(declined.topic()).isEmpty();
        assertThat(declined.topicNotes()).endsWith("no open gap fits");
    }

    @Test
    void theSameSkillTagIsNotUsedTwiceInARowAfterTheLastHeldSession() {
        Scenario team = expertTeam()
                .gap(10, "Kafka consumer groups", 80, Set.of("Kafka"))
                .gap(11, "Query plans", 60, Set.of("sql"));
        team.history.add(new PastSession(LocalDate.of(2025, 2, 26), LUNCH_AND_LEARN, 2L, Set.of(), 9L, Set.of("KAFKA")));
        team.slotCount = 2;

        RotationPlan plan = team.plan();

        assertThat(topics(plan)).containsExactly(11L, 10L);
        assertThat(plan.slots().get(0).topicNotes())
                .containsExactly("skipped Kafka consumer groups: same skill tag as the previous session (kafka)");
        assertThat(plan.slots().get(1).topic().orElseThrow().reasons().get(0))
                .isEqualTo("highest priority open gap that fits a lunch & learn (priority 80)");
    }

    @Test
    void theSameSkillTagIsNotUsedTwiceInARowWithinThePlanAndNoGapIsUsedTwice() {
        Scenario team = expertTeam()
                .gap(10, "Kafka streams", 90, Set.of("kafka", "streams"))
                .gap(11, "Kafka consumer groups", 80, Set.of("kafka"))
                .gap(12, "Query plans", 60, Set.of("sql"));
        team.slotCount = 4;

        RotationPlan plan = team.plan();

        assertThat(topics(plan)).containsExactly(10L, 12L, 11L, null);
        assertThat(plan.slots().get(3).topicNotes()).containsExactly("no open gap fits");
        assertThat(plan.slots().get(3).topic()).isEmpty();
    }

    @Test
    void confidentialGapTitlesStayOutOfTheReasons() {
        Scenario team = new Scenario().member(1, "Ana").member(2, "Ben");
        team.gaps.add(new OpenGap(10, "Secret incident review", 80, Set.of(), Set.of("security"), true));
        team.offer(10, 1);
        team.slotCount = 1;

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.topic().orElseThrow().confidential()).isTrue();
        assertThat(slot.facilitator().orElseThrow().reasons()).contains("offered to teach gap #10");
        assertThat(String.join(" ", slot.facilitator().orElseThrow().reasons())).doesNotContain("Secret");
    }

    @Test
    void everyFormatHasAWordingForReasons() {
        assertThat(Arrays.stream(SessionFormat.values()).map(RotationPlanner::article))
                .containsExactly("a lunch & learn", "a deep dive", "a pairing session", "a code review with a twist",
                        "a peer roundtable");
    }

    @Test
    void aRoundtableSlotTakesNoGapItsPresentersBringTheProblems() {
        Scenario team = new Scenario().member(1, "Ana").member(2, "Ben")
                .gap(10, "Kafka consumer groups", 90, Set.of("kafka"));
        team.offer(10, 1);
        team.mix = FormatMix.of(SessionFormat.ROUNDTABLE, SessionFormat.LUNCH_AND_LEARN);
        team.slotCount = 2;

        var slots = team.plan().slots();

        assertThat(slots.get(0).format()).isEqualTo(SessionFormat.ROUNDTABLE);
        assertThat(slots.get(0).topic()).isEmpty();
        assertThat(slots.get(0).topicNotes()).anySatisfy(n -> assertThat(n).contains("presenters bring"));
        assertThat(slots.get(0).facilitator()).as("someone still leads it").isPresent();
        assertThat(slots.get(1).topic()).as("the gap waits for the next slot that fits")
                .hasValueSatisfying(t -> assertThat(t.gapId()).isEqualTo(10));
    }
}
