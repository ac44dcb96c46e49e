package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerplanner.domain.gap.TestGaps.ADA;
import static org.peerplanner.domain.gap.TestGaps.BOB;
import static org.peerplanner.domain.gap.TestGaps.MANAGER;
import static org.peerplanner.domain.gap.TestGaps.later;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.format.SessionFormat;

class GapMergeTest {

    private static final long CLARA = 4;

    @Test
    void votesAndOffersMoveToTheSurvivorOncePerPerson() {
        KnowledgeGap survivor = TestGaps.gap(10, "Kafka consumer groups");
        KnowledgeGap duplicate = TestGaps.gap(11, "Consumer groups in Kafka");
        survivor.vote(ADA.id(), later(1));
        duplicate.vote(ADA.id(), later(2));
        duplicate.vote(BOB.id(), later(2));
        duplicate.addImportedVotes(3, null, MANAGER, later(2));
        survivor.offerToTeach(BOB.id(), "Survivor's note", later(1));
        duplicate.offerToTeach(BOB.id(), "Duplicate's note", later(2));
        duplicate.offerToTeach(CLARA, null, later(2));

        duplicate.mergeInto(survivor, "Same topic", MANAGER, later(5));

        assertThat(survivor.getVotes()).extracting(GapVote::getPersonId).containsExactlyInAnyOrder(ADA.id(), BOB.id());
        assertThat(survivor.totalVotes()).isEqualTo(5);
        assertThat(survivor.getOffers()).extracting(GapOffer::getPersonId, GapOffer::getNote)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(BOB.id(), "Survivor's note"),
                        org.assertj.core.groups.Tuple.tuple(CLARA, null));
        assertThat(duplicate.getVotes()).isEmpty();
        assertThat(duplicate.getOffers()).isEmpty();
        assertThat(duplicate.totalVotes()).isZero();
    }

    @Test
    void tagsAndFormatsAreUnited() {
        KnowledgeGap survivor = TestGaps.gap(10);
        KnowledgeGap duplicate = TestGaps.gap(11);
        survivor.revise(GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.MEDIUM)
                .taggedWith(List.of("Kafka", "Java")).inFormats(Set.of(SessionFormat.DEEP_DIVE)), MANAGER, later(1));
        duplicate.revise(GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.MEDIUM)
                .taggedWith(List.of("kafka", "Messaging")).inFormats(Set.of(SessionFormat.PAIRING)), MANAGER, later(1));

        duplicate.mergeInto(survivor, null, MANAGER, later(5));

        assertThat(survivor.getTags()).containsExactlyInAnyOrder("Kafka", "Java", "Messaging");
        assertThat(survivor.getPreferredFormats()).containsExactlyInAnyOrder(SessionFormat.DEEP_DIVE, SessionFormat.PAIRING);
    }

    @Test
    void theDuplicateStaysClosedPointingAtTheSurvivorAndBothHistoriesTellIt() {
        KnowledgeGap survivor = TestGaps.gap(10);
        KnowledgeGap duplicate = TestGaps.gap(11);
        duplicate.plan("Friday session", MANAGER, later(1));
        int survivorLines = survivor.getHistory().size();

        duplicate.mergeInto(survivor, "Same topic", MANAGER, later(5));

        assertThat(duplicate.getStatus()).isEqualTo(GapStatus.CLOSED);
        assertThat(duplicate.getMergedInto()).isSameAs(survivor);
        assertThat(duplicate.getHistory()).extracting(GapHistoryEntry::getEvent)
                .containsExactly(GapEvent.LOGGED, GapEvent.PLANNED, GapEvent.MERGED_INTO);
        GapHistoryEntry mergedInto = duplicate.getHistory().getLast();
        assertThat(mergedInto.getFromStatus()).isEqualTo(GapStatus.PLANNED);
        assertThat(mergedInto.getNote()).isEqualTo("Merged into #10. Same topic");
        assertThat(mergedInto.getRelatedGapId()).isEqualTo(10);

        assertThat(survivor.getStatus()).isEqualTo(GapStatus.OPEN);
        assertThat(survivor.getHistory()).hasSize(survivorLines + 3);
        assertThat(survivor.getHistory().subList(survivorLines, survivorLines + 2))
                .allSatisfy(copy -> assertThat(copy.getCopiedFromGapId()).isEqualTo(11))
                .extracting(GapHistoryEntry::getEvent).containsExactly(GapEvent.LOGGED, GapEvent.PLANNED);
        assertThat(survivor.getHistory().getLast()).satisfies(line -> {
            assertThat(line.getEvent()).isEqualTo(GapEvent.MERGED_IN);
            assertThat(line.getNote()).isEqualTo("#11 merged in. Same topic");
            assertThat(line.getRelatedGapId()).isEqualTo(11);
        });
    }

    @Test
    void aMergedGapCannotBeReopenedMergedAgainOrMergedInto() {
        KnowledgeGap survivor = TestGaps.gap(10);
        KnowledgeGap duplicate = TestGaps.gap(11);
        KnowledgeGap third = TestGaps.gap(12);
        duplicate.mergeInto(survivor, null, MANAGER, later(5));

        assertThatThrownBy(() -> duplicate.reopen("Oops", MANAGER, later(6))).hasMessageContaining("merged into #10");
        assertThatThrownBy(() -> duplicate.mergeInto(third, null, MANAGER, later(6))).hasMessageContaining("already merged");
        assertThatThrownBy(() -> third.mergeInto(duplicate, null, MANAGER, later(6))).hasMessageContaining("merged into #10");
    }

    @Test
    void mergingRefusesItselfOtherTeamsClosedGapsAndLeakingAConfidentialGap() {
        KnowledgeGap gap = TestGaps.gap(10);
        KnowledgeGap otherTeam = TestGaps.withId(KnowledgeGap.log(99, GapDraft.of("Kafka", GapSource.OTHER, Urgency.LOW),
                GapOrigin.LOGGED, ADA.id(), TestGaps.DAY, MANAGER, TestGaps.T0, null), 20);
        KnowledgeGap closed = TestGaps.gap(21);
        closed.close("Done", MANAGER, later(1));
        KnowledgeGap confidential = TestGaps.withId(KnowledgeGap.log(TestGaps.TEAM,
                GapDraft.of("Kafka", GapSource.ONE_ON_ONE, Urgency.LOW).keptConfidential(true), GapOrigin.LOGGED,
                ADA.id(), TestGaps.DAY, MANAGER, TestGaps.T0, null), 22);

        assertThatThrownBy(() -> gap.mergeInto(gap, null, MANAGER, later(2))).hasMessageContaining("itself");
        assertThatThrownBy(() -> gap.mergeInto(otherTeam, null, MANAGER, later(2))).hasMessageContaining("same team");
        assertThatThrownBy(() -> gap.mergeInto(closed, null, MANAGER, later(2))).hasMessageContaining("closed");
        assertThatThrownBy(() -> closed.mergeInto(gap, null, MANAGER, later(2))).hasMessageContaining("closed");
        assertThatThrownBy(() -> confidential.mergeInto(gap, null, MANAGER, later(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("confidential");
        assertThat(gap.getHistory()).hasSize(1);
    }
}
