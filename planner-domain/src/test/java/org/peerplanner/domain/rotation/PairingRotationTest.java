package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PairingRotationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 5);
    private final PairingRotation rotation = new PairingRotation();

    private static List<PairingPerson> people(long... ids) {
        return LongStream.of(ids).mapToObj(id -> PairingPerson.present(id, "P" + id)).toList();
    }

    private static PairHistory paired(long a, long b, String date) {
        return new PairHistory(PersonPair.of(a, b), LocalDate.parse(date));
    }

    private static List<List<Long>> groups(PairingPlan plan) {
        return plan.groups().stream().map(PairGroup::personIds).toList();
    }

    @Test
    void neverPairedPairsComeFirstThenTheLeastRecent() {
        List<PairHistory> history = List.of(paired(1, 2, "2025-02-01"), paired(3, 4, "2025-02-01"),
                paired(1, 3, "2025-01-01"), paired(2, 4, "2025-01-01"));

        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2, 3, 4), history, Set.of(), List.of()));

        assertThat(groups(plan)).containsExactly(List.of(1L, 4L), List.of(2L, 3L));
        assertThat(plan.groups().get(0).reasons()).containsExactly("P1 and P4 never paired");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void leastRecentPairsWinWhenEveryoneHasPaired() {
        List<PairHistory> history = List.of(paired(1, 2, "2025-02-01"), paired(3, 4, "2025-02-01"),
                paired(1, 3, "2024-06-01"), paired(2, 4, "2024-06-01"), paired(1, 4, "2025-01-01"),
                paired(2, 3, "2025-01-01"));

        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2, 3, 4), history, Set.of(), List.of()));

        assertThat(groups(plan)).containsExactly(List.of(1L, 3L), List.of(2L, 4L));
        assertThat(plan.groups().get(0).reasons()).containsExactly("P1 and P3 last paired on 2024-06-01");
    }

    @Test
    void pinnedPairsArePlacedFirst() {
        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2, 3, 4),
                List.of(paired(1, 2, "2025-03-01")), Set.of(), List.of(PersonPair.of(2, 1))));

        assertThat(groups(plan)).containsExactly(List.of(1L, 2L), List.of(3L, 4L));
        assertThat(plan.groups().get(0).reasons()).containsExactly("pinned pair");
    }

    @Test
    void peopleOutOfOfficeAreLeftOutAndTheirPinIsDropped() {
        List<PairingPerson> people = new ArrayList<>(people(1, 3, 4));
        people.add(new PairingPerson(2, "P2", true));

        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people, List.of(), Set.of(),
                List.of(PersonPair.of(1, 2))));

        assertThat(plan.absent()).containsExactly(2L);
        assertThat(groups(plan)).hasSize(1);
        assertThat(groups(plan).get(0)).containsExactly(1L, 3L, 4L);
    }

    @Test
    void anOddCountMakesExactlyOneTrio() {
        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2, 3, 4, 5), List.of(), Set.of(), List.of()));

        assertThat(groups(plan)).extracting(List::size).containsExactlyInAnyOrder(2, 3);
        assertThat(groups(plan).stream().flatMap(List::stream)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(plan.groups().stream().filter(g -> g.personIds().size() == 3).findFirst().orElseThrow().reasons())
                .contains("odd number of people: one trio");
    }

    @Test
    void aDoNotPairCoupleIsNeverPutTogetherEvenWhenGreedyPairingWouldFail() {
        // Greedy takes 1–2 (never paired) first, leaving 3 and 4 who must not pair; the search finds 1–3, 2–4.
        List<PairHistory> history = List.of(paired(1, 3, "2025-01-01"), paired(1, 4, "2025-01-01"),
                paired(2, 3, "2025-01-01"), paired(2, 4, "2025-01-01"));

        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2, 3, 4), history,
                Set.of(PersonPair.of(3, 4)), List.of()));

        assertThat(groups(plan)).containsExactly(List.of(1L, 3L), List.of(2L, 4L));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void whenDoNotPairRulesMakeItImpossibleThePlanSaysSoInsteadOfBreakingThem() {
        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2), List.of(),
                Set.of(PersonPair.of(1, 2)), List.of()));

        assertThat(plan.groups()).isEmpty();
        assertThat(plan.unpaired()).containsExactly(1L, 2L);
        assertThat(plan.problems()).containsExactly(
                "P1 could not be paired without putting a do-not-pair couple together",
                "P2 could not be paired without putting a do-not-pair couple together");
    }

    @Test
    void aPinContradictingADoNotPairRuleIsIgnoredAndReported() {
        PairingPlan plan = rotation.pair(new PairingRequest(DAY, people(1, 2, 3, 4), List.of(),
                Set.of(PersonPair.of(1, 2)), List.of(PersonPair.of(1, 2))));

        assertThat(groups(plan)).doesNotContain(List.of(1L, 2L));
        assertThat(plan.problems()).containsExactly("P1 and P2 are pinned together but must not pair; the pin was ignored");
    }

    @Test
    void aSinglePairingSessionOfTwoOrThreePeople() {
        assertThat(groups(rotation.pair(new PairingRequest(DAY, people(5, 9), List.of(), Set.of(), List.of()))))
                .containsExactly(List.of(5L, 9L));
        assertThat(groups(rotation.pair(new PairingRequest(DAY, people(5, 9, 7), List.of(), Set.of(), List.of()))))
                .containsExactly(List.of(5L, 7L, 9L));
        PairingPlan alone = rotation.pair(new PairingRequest(DAY, people(5), List.of(), Set.of(), List.of()));
        assertThat(alone.unpaired()).containsExactly(5L);
        assertThat(alone.problems()).containsExactly("P5 has nobody to pair with");
    }

    @Test
    void theSameInputGivesTheSamePairsWhateverTheOrder() {
        List<PairingPerson> people = new ArrayList<>(people(1, 2, 3, 4, 5, 6, 7, 8, 9));
        List<PairHistory> history = new ArrayList<>(List.of(paired(1, 2, "2025-01-01"), paired(3, 9, "2024-01-01"),
                paired(5, 6, "2025-02-01")));
        PairingPlan first = rotation.pair(new PairingRequest(DAY, people, history, Set.of(PersonPair.of(7, 8)), List.of()));

        Collections.shuffle(people, new Random(7));
        Collections.shuffle(history, new Random(7));

        assertThat(rotation.pair(new PairingRequest(DAY, people, history, Set.of(PersonPair.of(8, 7)), List.of())))
                .isEqualTo(first);
        assertThat(groups(first)).doesNotContain(List.of(7L, 8L));
    }
}
