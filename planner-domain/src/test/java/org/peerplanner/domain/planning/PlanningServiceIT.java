package org.peerplanner.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapParticipationService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.rotation.PlannedSlot;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@UsePlannerTestDatabase
class PlanningServiceIT {

    @Autowired
    TestClock clock;
    @Autowired
    PlanningService planning;
    @Autowired
    PairingService pairing;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    GapService gaps;
    @Autowired
    GapParticipationService participation;
    @Autowired
    DomainFixtures fixtures;

    record Team(long id, Actor manager, List<Actor> members) {
    }

    private Team team(String name, int members) {
        long id = fixtures.team(name);
        Actor manager = fixtures.manager(id);
        var list = new java.util.ArrayList<Actor>();
        for (int i = 0; i < members; i++) {
            list.add(fixtures.member(id));
        }
        return new Team(id, manager, list);
    }

    @Test
    void theProposalPicksSomeoneWhoOfferedToTeachTheTopicAndSaysWhy() {
        var t = team("Proposal", 3);
        long gap = gaps.log(t.manager(), t.id(), GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.HIGH)).id();
        Actor teacher = t.members().get(1);
        participation.offerToTeach(teacher, gap, "I debugged the rebalancing storm.");

        var plan = planning.propose(t.manager(), t.id(), 4);

        assertThat(plan.slots()).hasSize(4);
        PlannedSlot withTopic = plan.slots().stream().filter(s -> s.topic().isPresent()).findFirst().orElseThrow();
        assertThat(withTopic.topic().get().gapId()).isEqualTo(gap);
        assertThat(withTopic.facilitatorId()).contains(teacher.personId());
        assertThat(withTopic.facilitator().orElseThrow().reasons()).anyMatch(r -> r.contains("offered to teach"));
        assertThat(plan.slots()).allMatch(s -> s.slot().start().getZone().equals(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void anOverrideSitsOnTopAndRemovingItRestoresTheBasePick() {
        var t = team("Overrides", 3);
        var base = planning.propose(t.manager(), t.id(), 2);
        LocalDate first = base.slots().getFirst().slot().date();
        long basePick = base.slots().getFirst().facilitatorId().orElseThrow();
        long other = t.members().stream().map(Actor::personId).filter(p -> p != basePick).findFirst().orElseThrow();

        var overridden = planning.fixFacilitator(t.manager(), t.id(), first, other, 2);
        var restored = planning.resetSlot(t.manager(), t.id(), first, 2);

        assertThat(overridden.slots().getFirst().facilitatorId()).contains(other);
        assertThat(restored.slots().getFirst().facilitatorId()).contains(basePick);
    }

    @Test
    void acceptingCreatesPlannedSessionsThatPlanTheirGapsAndADeclinePassesToTheNextCandidate() {
        var t = team("Accept", 4);
        long gap = gaps.log(t.manager(), t.id(), GapDraft.of("Reading query plans", GapSource.POST_MORTEM, Urgency.HIGH)).id();
        participation.offerToTeach(t.members().getFirst(), gap, null);

        List<Long> created = planning.schedule(t.manager(), t.id(), 3);

        assertThat(created).hasSize(3);
        assertThat(gaps.details(t.manager(), gap).status()).isEqualTo(GapStatus.PLANNED);
        var first = sessions.details(t.manager(), created.getFirst());
        assertThat(first.status()).isEqualTo(SessionStatus.PLANNED);
        long proposed = first.facilitator().id();
        var declined = facilitation.decline(new Actor(proposed, false), first.id());
        assertThat(declined.facilitator()).isNotNull();
        assertThat(declined.facilitator().id()).isNotEqualTo(proposed);
        assertThat(planning.propose(t.manager(), t.id(), 1).slots().getFirst().slot().date())
                .as("the next proposal starts after the accepted sessions")
                .isAfter(sessions.details(t.manager(), created.getLast()).start().toLocalDate());
    }

    @Test
    void theFairnessReportCountsHeldSessionsAndFlagsThoseWhoNeverLed() {
        var t = team("Fairness", 3);
        // Held sessions lie in the past: a session can only be held once it has started.
        for (int week = 0; week < 2; week++) {
            var start = java.time.ZonedDateTime.of(2025, 3, 4 + 7 * week, 12, 0, 0, 0, java.time.ZoneId.of("Europe/Berlin"));
            long id = sessions.schedule(t.manager(), t.id(), org.peerplanner.domain.session.SessionEdit.of(
                    org.peerplanner.domain.format.SessionFormat.LUNCH_AND_LEARN, "Held " + week, start,
                    t.members().get(week).personId())).id();
            holding.hold(t.manager(), id, null);
        }

        var report = planning.fairness(t.manager(), t.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(report.rows()).hasSize(4);
        assertThat(report.rows().stream().mapToInt(r -> r.facilitations()).sum()).isEqualTo(2);
        assertThat(report.rows()).anyMatch(r -> r.neverFacilitated());
    }

    @Test
    void aPairingRoundWithAnOddCountMakesOneTrioAndIsRepeatable() {
        var t = team("Pairing", 4); // five people with the manager
        LocalDate day = LocalDate.now(clock).plusDays(3);

        var proposed = pairing.proposePairs(t.manager(), t.id(), day);
        var again = pairing.proposePairs(t.manager(), t.id(), day);
        var recorded = pairing.recordPairs(t.manager(), t.id(), day);

        assertThat(proposed).isEqualTo(again);
        assertThat(proposed.groups()).hasSize(2);
        assertThat(proposed.groups()).extracting(g -> g.personIds().size()).containsExactlyInAnyOrder(2, 3);
        assertThat(recorded.groups()).isEqualTo(proposed.groups());
        assertThat(pairing.pairingRounds(t.manager(), t.id())).contains(day);
    }

    @Test
    void pairingRespectsDoNotPairAndPinnedMentorPairs() {
        var t = team("Preferences", 3); // four people with the manager
        long a = t.members().get(0).personId();
        long b = t.members().get(1).personId();
        long c = t.members().get(2).personId();
        long m = t.manager().personId();
        pairing.preferPairing(t.manager(), t.id(), m, c, PairPreference.Kind.PINNED);
        pairing.preferPairing(t.manager(), t.id(), a, b, PairPreference.Kind.DO_NOT_PAIR);

        var plan = pairing.proposePairs(t.manager(), t.id(), LocalDate.now(clock).plusDays(5));

        assertThat(plan.groups()).anySatisfy(g -> assertThat(g.personIds()).containsExactlyInAnyOrder(m, c));
        assertThat(plan.groups()).noneSatisfy(g -> assertThat(g.personIds()).contains(a, b));
        assertThat(pairing.pairingPreferences(t.manager(), t.id())).hasSize(2);
        pairing.forgetPairing(t.manager(), t.id(), b, a);
        assertThat(pairing.pairingPreferences(t.manager(), t.id())).hasSize(1);
    }
}
