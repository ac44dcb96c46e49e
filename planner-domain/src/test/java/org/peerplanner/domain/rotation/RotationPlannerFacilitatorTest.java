package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.rotation.Scenario.FROM;
import static org.peerplanner.domain.rotation.Scenario.MAR_12;
import static org.peerplanner.domain.rotation.Scenario.MAR_5;
import static org.peerplanner.domain.rotation.Scenario.facilitators;
import static org.peerplanner.domain.rotation.Scenario.ids;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationPlannerFacilitatorTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void membersOutOfTheRotationAreNeverPicked() {
        Scenario team = new Scenario().member(1, "Ana")
                .member(new RotationMember(2, "Ben", Scenario.LONG_AGO, false, List.of(), List.of()));

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(facilitators(team.plan())).containsOnly(1L);
        assertThat(slot.excluded()).containsExactly(new Exclusion(2, "Ben", "not in the rotation"));
    }

    @Test
    void someoneOutOfOfficeOnTheSlotDateIsLeftOutThatDayOnly() {
        Scenario team = new Scenario().member(1, "Ana").led(1, d("2025-02-26"))
                .member(Scenario.absentMember(2, "Ben", d("2025-03-03"), d("2025-03-07")));
        team.slotCount = 2;

        RotationPlan plan = team.plan();

        assertThat(plan.slots().get(0).facilitatorId()).contains(1L);
        assertThat(plan.slots().get(0).excluded()).containsExactly(new Exclusion(2, "Ben", "out of office"));
        assertThat(plan.slots().get(1).facilitatorId()).contains(2L);
    }

    @Test
    void newMembersFacilitateOnlyAfterFourWeeksByDefaultAndTheGracePeriodIsConfigurable() {
        Scenario team = new Scenario().member(1, "Ana").led(1, d("2025-02-26"))
                .member(Scenario.joinedMember(2, "Cara", d("2025-02-10")));
        team.slotCount = 2;

        RotationPlan plan = team.plan();

        assertThat(plan.slots().get(0).facilitatorId()).contains(1L);
        assertThat(plan.slots().get(0).excluded())
                .containsExactly(new Exclusion(2, "Cara", "joined on 2025-02-10, facilitates from 2025-03-10"));
        assertThat(plan.slots().get(1).facilitatorId()).contains(2L);

        team.rules = RotationRules.defaults().withGracePeriod(Period.ofWeeks(1));
        assertThat(team.plan().slots().get(0).facilitatorId()).contains(2L);
    }

    @Test
    void whoNeverFacilitatedComesFirstThenWhoWaitedLongest() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2025-01-29"))
                .member(2, "Ben").led(2, d("2024-12-04"))
                .member(3, "Cem");

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(3L);
        assertThat(slot.facilitator().orElseThrow().reasons()).contains("never facilitated");
        assertThat(ids(slot.nextCandidates())).containsExactly(2L, 1L);
        assertThat(slot.nextCandidates().get(0).reasons()).contains("last led 13 weeks ago");
    }

    @Test
    void withTheSameLastDateFewestFacilitationsInTwelveMonthsWinsAndOlderOnesDoNotCount() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2024-06-05"), d("2025-01-01"))
                .member(2, "Dan").led(2, d("2023-06-07"), d("2023-07-05"), d("2025-01-01"));
        team.history.add(PastSession.ledBy(d("2025-02-26"), null));

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(2L);
        assertThat(slot.facilitator().orElseThrow().reasons())
                .containsExactly("last led 9 weeks ago", "fewest sessions in the last 12 months (1)");
        assertThat(slot.nextCandidates().get(0).reasons()).contains("2 sessions in the last 12 months");
    }

    @Test
    void aFullTieIsBrokenByPersonIdWhateverTheInputOrder() {
        Scenario team = new Scenario().member(7, "Zoe").member(3, "Yan");

        assertThat(team.plan().slots().get(0).facilitatorId()).contains(3L);
        assertThat(team.plan().slots().get(0).facilitator().orElseThrow().reasons())
                .contains("tied with Zoe; the rotation's fixed order decides");
    }

    @Test
    void whoOfferedToTeachTheChosenTopicComesFirstEvenBeforeNewcomersToTheRotation() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2025-02-19"))
                .member(2, "Ben")
                .gap(10, "Kafka consumer groups", 50, Set.of()).offer(10, 1);
        team.history.add(PastSession.ledBy(d("2025-02-26"), null));

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.gapId()).contains(10L);
        assertThat(slot.facilitatorId()).contains(1L);
        assertThat(slot.facilitator().orElseThrow().reasons()).startsWith("offered to teach Kafka consumer groups");
        assertThat(ids(slot.nextCandidates())).containsExactly(2L);
    }

    @Test
    void nobodyLeadsTwiceInARowAfterTheLastHeldSessionWhileSomeoneElseIsThere() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2025-01-29"))
                .member(2, "Jonas").led(2, d("2025-02-26"))
                .gap(10, "Kafka consumer groups", 50, Set.of()).offer(10, 2);

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(1L);
        assertThat(slot.facilitator().orElseThrow().reasons()).contains("Jonas led the previous session");
        assertThat(slot.nextCandidates().get(0).reasons()).contains("led the previous session");
    }

    @Test
    void theSkippedPreviousFacilitatorIsNamedOnlyWhenTheyWouldOtherwiseHaveLed() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2025-01-29"))
                .member(2, "Jonas").led(2, d("2025-02-26"))
                .member(3, "Cem").led(3, d("2025-02-12"))
                .gap(10, "Kafka consumer groups", 50, Set.of()).offer(10, 2);
        team.slotCount = 2;

        RotationPlan plan = team.plan();

        assertThat(ids(plan.slots().get(0).nextCandidates())).containsExactly(3L, 2L);
        assertThat(plan.slots().get(0).facilitator().orElseThrow().reasons()).contains("Jonas led the previous session");
        // On 12 March Ana led the previous session and would not have been first anyway: no mention.
        assertThat(plan.slots().get(1).facilitatorId()).contains(3L);
        assertThat(plan.slots().get(1).facilitator().orElseThrow().reasons()).doesNotContain("Ana led the previous session");
    }

    @Test
    void nobodyLeadsTwiceInARowWithinThePlan() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2025-02-05"))
                .member(2, "Ben").led(2, d("2025-01-29"))
                .gap(10, "Kafka", 90, Set.of()).gap(11, "SQL", 80, Set.of())
                .offer(10, 2).offer(11, 2);
        team.slotCount = 2;

        assertThat(facilitators(team.plan())).containsExactly(2L, 1L);
    }

    @Test
    void theOnlyCandidateMayLeadAgain() {
        Scenario team = new Scenario().member(1, "Ana").led(1, d("2025-02-26"));

        assertThat(facilitators(team.plan())).containsExactly(1L, 1L, 1L);
    }

    @Test
    void plannedLeadsCountForLaterSlotsSoTheRotationGoesRound() {
        Scenario team = new Scenario().member(1, "Ana").member(2, "Ben").member(3, "Cem");
        team.slotCount = 6;

        assertThat(facilitators(team.plan())).containsExactly(1L, 2L, 3L, 1L, 2L, 3L);
        assertThat(team.plan().slots().get(3).facilitator().orElseThrow().reasons()).contains("last led 3 weeks ago");
    }

    @Test
    void whenNobodyIsAvailableTheSlotSaysWhy() {
        Scenario team = new Scenario()
                .member(Scenario.absentMember(1, "Ana", MAR_5, MAR_5))
                .member(Scenario.absentMember(2, "Ben", MAR_5, MAR_5))
                .member(Scenario.joinedMember(3, "Cara", d("2025-03-01")));

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitator()).isEmpty();
        assertThat(slot.proposedFacilitatorId()).isEmpty();
        assertThat(slot.nextCandidates()).isEmpty();
        assertThat(slot.facilitatorNotes())
                .containsExactly("nobody available: 1 in the grace period after joining, 2 out of office");
    }

    @Test
    void theRemainingCandidatesAreTheRotationOrderWithoutThePick() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, d("2025-02-26"))
                .member(2, "Ben").led(2, d("2025-01-01"))
                .member(3, "Cem").led(3, d("2025-02-05"))
                .member(4, "Dan");

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(4L);
        assertThat(ids(slot.nextCandidates())).containsExactly(2L, 3L, 1L);
        assertThat(FROM).isBefore(MAR_12);
    }
}
