package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.rotation.Scenario.MAR_12;
import static org.peerplanner.domain.rotation.Scenario.MAR_5;
import static org.peerplanner.domain.rotation.Scenario.facilitators;
import static org.peerplanner.domain.rotation.Scenario.skill;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's proposals agree with its own fairness report and with swaps already agreed. */
class RotationPlannerFairnessTest {

    /** {@code count} sessions led every other week, the last on 26 Feb 2025: all inside the 12-month window. */
    private static LocalDate[] fortnightly(int count) {
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = LocalDate.of(2025, 2, 26).minusWeeks(2L * i);
        }
        return dates;
    }

    private static LocalDate[] weekly(LocalDate last, int count) {
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = last.minusWeeks(i);
        }
        return dates;
    }

    /** Jonas led 18 sessions against a team mean of 9.3 (share 1.9): the fairness report flags him overloaded. */
    private static Scenario teamWithAnOverloadedOfferer() {
        return new Scenario()
                .member(1, "Ana", skill("kafka", 3)).led(1, fortnightly(5))
                .member(2, "Jonas").led(2, fortnightly(18))
                .member(3, "Cem").led(3, fortnightly(5))
                .gap(10, "Kafka consumer groups", 90, Set.of("kafka")).offer(10, 2);
    }

    @Test
    void theFairnessReportAndThePlannerAgreeOnWhoIsOverloaded() {
        Scenario team = teamWithAnOverloadedOfferer();
        var report = new FairnessReporter().report(new FairnessRequest(LocalDate.of(2024, 3, 5), MAR_5, team.members,
                team.history, List.of()));

        assertThat(report.rows()).filteredOn(FairnessRow::overloaded).extracting(FairnessRow::name).containsExactly("Jonas");
    }

    @Test
    void anOverloadedMemberWhoOfferedComesAfterSomeoneRestedWithTheSkill() {
        PlannedSlot slot = teamWithAnOverloadedOfferer().plan().slots().get(0);

        assertThat(slot.gapId()).contains(10L);
        assertThat(slot.facilitatorId()).contains(1L);
        assertThat(slot.facilitator().orElseThrow().reasons()).contains("Jonas offered to teach it but led 18 sessions in "
                + "the last 12 months against a team mean of 9.3 (overloaded), so someone else who can carry it comes first");
        assertThat(slot.nextCandidates()).last().satisfies(last -> {
            assertThat(last.name()).isEqualTo("Jonas");
            assertThat(last.reasons()).contains("overloaded: comes after everyone else who can carry the topic");
        });
    }

    @Test
    void anOverloadedMemberIsProposedWhenNobodyElseCanCarryTheTopicAndTheReasonSaysSo() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, fortnightly(5))
                .member(2, "Jonas").led(2, fortnightly(18))
                .member(3, "Cem").led(3, fortnightly(5))
                .gap(10, "Kafka consumer groups", 90, Set.of("kafka")).offer(10, 2);

        PlannedSlot slot = team.plan().slots().get(0);

        assertThat(slot.facilitatorId()).contains(2L);
        assertThat(slot.facilitator().orElseThrow().reasons()).contains("overloaded (18 sessions in the last 12 months "
                + "against a team mean of 9.3), proposed because nobody else available has the skill or offered to teach "
                + "Kafka consumer groups");
    }

    @Test
    void withoutATopicAnOverloadedMemberWaitsAlthoughTheyWaitedLongest() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, weekly(LocalDate.of(2025, 2, 19), 5))
                .member(2, "Jonas").led(2, weekly(LocalDate.of(2025, 1, 1), 18))
                .member(3, "Cem").led(3, weekly(LocalDate.of(2025, 2, 26), 5));
        team.slotCount = 3;

        assertThat(facilitators(team.plan())).containsExactly(1L, 3L, 1L);
    }

    @Test
    void whoTookTheNextSlotInASwapIsNotProposedTheWeekBefore() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, LocalDate.of(2025, 1, 8))
                .member(2, "Ben").led(2, LocalDate.of(2025, 1, 22))
                .member(3, "Cem").led(3, LocalDate.of(2025, 2, 26));
        team.slotCount = 2;
        assertThat(facilitators(team.plan())).startsWith(1L);

        team.overrides.add(SlotOverride.swapTakenBy(MAR_12, 1));
        RotationPlan plan = team.plan();

        assertThat(facilitators(plan)).containsExactly(2L, 1L);
        assertThat(plan.slots().get(0).nextCandidates()).filteredOn(c -> c.personId() == 1L).singleElement()
                .satisfies(ana -> assertThat(ana.reasons()).contains("leads the next session"));
    }

    @Test
    void aSessionAlreadyOnTheCalendarRightAfterTheSlotCountsAsTheNextOne() {
        Scenario team = new Scenario()
                .member(1, "Ana").led(1, LocalDate.of(2025, 1, 8))
                .member(2, "Ben").led(2, LocalDate.of(2025, 1, 22))
                .led(1, MAR_12);
        team.history.add(PastSession.ledBy(LocalDate.of(2025, 2, 26), null));
        team.slotCount = 1;

        assertThat(facilitators(team.plan())).containsExactly(2L);
    }
}
