package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.rotation.Scenario.MAR_12;
import static org.peerplanner.domain.rotation.Scenario.MAR_5;
import static org.peerplanner.domain.rotation.Scenario.facilitators;
import static org.peerplanner.domain.rotation.Scenario.ids;
import static org.peerplanner.domain.rotation.Scenario.skill;
import static org.peerplanner.domain.rotation.Scenario.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationPlannerOverrideTest {

    /** Ana, Ben, Cem rotate in that order when nobody intervenes. */
    private static Scenario team() {
        Scenario team = new Scenario().member(1, "Ana", skill("kafka", 3)).member(2, "Ben", skill("sql", 4))
                .member(3, "Cem")
                .gap(10, "Kafka consumer groups", 90, Set.of("kafka"))
                .gap(11, "Query plans", 80, Set.of("sql"))
                .gap(12, "Docker", 70, Set.of("docker")).offer(12, 3);
        team.slotCount = 3;
        return team;
    }

    @Test
    void aDeclineGivesTheSlotToTheNextCandidate() {
        Scenario team = team();
        PlannedSlot base = team.plan().slots().get(0);
        assertThat(base.facilitatorId()).contains(1L);

        team.declines.add(new SlotDecline(MAR_5, 1));
        PlannedSlot declined = team.plan().slots().get(0);

        assertThat(declined.facilitatorId()).contains(base.nextCandidates().get(0).personId());
        assertThat(declined.excluded()).contains(new Exclusion(1, "Ana", "declined this slot"));
        assertThat(ids(declined.nextCandidates())).doesNotContain(1L);
    }

    @Test
    void aManagerFixedFacilitatorReplacesTheProposalAndRemovingItRestoresThePlanExactly() {
        Scenario team = team();
        RotationRequest base = team.request();
        RotationPlan basePlan = new RotationPlanner().plan(base);

        RotationRequest overridden = base.withOverrides(List.of(SlotOverride.facilitatorFixedByManager(MAR_5, 3)));
        PlannedSlot slot = new RotationPlanner().plan(overridden).slots().get(0);

        assertThat(slot.facilitatorId()).contains(3L);
        assertThat(slot.facilitator().orElseThrow().source()).isEqualTo(PickSource.MANAGER);
        assertThat(slot.facilitator().orElseThrow().reasons()).containsExactly("fixed by a manager");
        assertThat(slot.proposedFacilitatorId()).contains(1L);
        assertThat(slot.facilitatorNotes()).containsExactly("the proposal was Ana");
        assertThat(ids(slot.nextCandidates())).containsExactly(1L, 2L);

        assertThat(new RotationPlanner().plan(overridden.withOverrides(List.of()))).isEqualTo(basePlan);
    }

    @Test
    void anOverriddenFacilitatorCountsAsHavingLedForLaterSlots() {
        Scenario team = team();
        assertThat(facilitators(team.plan())).containsExactly(1L, 2L, 3L);

        team.overrides.add(SlotOverride.swapTakenBy(MAR_5, 2));
        RotationPlan plan = team.plan();

        assertThat(plan.slots().get(0).facilitator().orElseThrow().source()).isEqualTo(PickSource.SWAP);
        assertThat(plan.slots().get(0).facilitator().orElseThrow().reasons()).containsExactly("took the slot in a swap");
        // Ben led on 5 March: he neither leads again on 12 March nor comes before Cem on 19 March.
        assertThat(facilitators(plan)).containsExactly(2L, 1L, 3L);
    }

    @Test
    void aFixedFacilitatorWhoIsOutOfOfficeIsHonouredWithANote() {
        Scenario team = team();
        team.declines.add(new SlotDecline(MAR_5, 3));
        team.overrides.add(SlotOverride.facilitatorFixedByManager(MAR_5, 3));

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(3L);
        assertThat(slot.facilitatorNotes()).contains("fixed although Cem is excluded: declined this slot");
    }

    @Test
    void aFixedTopicIsUsedAndNotReusedLaterAndRemovingItRestoresTheTopics() {
        Scenario team = team();
        List<Long> baseTopics = topics(team.plan());
        assertThat(baseTopics).containsExactly(10L, 11L, 12L);

        team.overrides.add(SlotOverride.topicFixed(MAR_12, 10));
        RotationPlan plan = team.plan();

        assertThat(topics(plan)).containsExactly(11L, 10L, 12L);
        assertThat(plan.slots().get(1).topic().orElseThrow().source()).isEqualTo(PickSource.MANAGER);
        assertThat(plan.slots().get(1).topic().orElseThrow().reasons()).containsExactly("fixed by a manager");

        team.overrides.clear();
        assertThat(topics(team.plan())).isEqualTo(baseTopics);
    }

    @Test
    void facilitatorAndTopicOverridesForTheSameSlotAreMerged() {
        Scenario team = team();
        team.overrides.add(SlotOverride.facilitatorFixedByManager(MAR_5, 2));
        team.overrides.add(SlotOverride.topicFixed(MAR_5, 12));

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(2L);
        assertThat(slot.gapId()).contains(12L);
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderOfItsLists() {
        Scenario team = team().led(1, java.time.LocalDate.of(2024, 11, 6)).led(2, java.time.LocalDate.of(2024, 10, 2));
        team.slotCount = 12;
        RotationPlan first = team.plan();

        Random random = new Random(42);
        Collections.shuffle(team.members, random);
        Collections.shuffle(team.gaps, random);
        Collections.shuffle(team.history, random);
        RotationPlan shuffled = team.plan();

        assertThat(shuffled).isEqualTo(first);
        assertThat(new RotationPlanner().plan(team.request())).isEqualTo(first);
        assertThat(new ArrayList<>(first.slots())).hasSize(12);
    }
}
