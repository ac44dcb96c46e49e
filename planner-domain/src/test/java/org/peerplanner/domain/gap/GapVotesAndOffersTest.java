package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerplanner.domain.gap.TestGaps.ADA;
import static org.peerplanner.domain.gap.TestGaps.BOB;
import static org.peerplanner.domain.gap.TestGaps.MANAGER;
import static org.peerplanner.domain.gap.TestGaps.later;

import org.junit.jupiter.api.Test;
import org.peerplanner.domain.common.InvalidInputException;

class GapVotesAndOffersTest {

    @Test
    void votingTwiceCountsOnce() {
        KnowledgeGap gap = TestGaps.gap(1);

        assertThat(gap.vote(BOB.id(), later(1))).isTrue();
        assertThat(gap.vote(BOB.id(), later(2))).isFalse();

        assertThat(gap.voterCount()).isEqualTo(1);
        assertThat(gap.getVotes()).singleElement().satisfies(v -> assertThat(v.getVotedAt()).isEqualTo(later(1)));
    }

    @Test
    void theReporterMayVoteOnTheirOwnGapAndLoggingIsNoVote() {
        KnowledgeGap gap = TestGaps.gap(1);
        assertThat(gap.totalVotes()).isZero();

        gap.vote(ADA.id(), later(1));

        assertThat(gap.hasVoteOf(ADA.id())).isTrue();
    }

    @Test
    void unvotingTakesOnlyYourVoteBackAndIsHarmlessWithoutOne() {
        KnowledgeGap gap = TestGaps.gap(1);
        gap.vote(ADA.id(), later(1));
        gap.vote(BOB.id(), later(1));

        assertThat(gap.unvote(BOB.id())).isTrue();
        assertThat(gap.unvote(BOB.id())).isFalse();

        assertThat(gap.getVotes()).extracting(GapVote::getPersonId).containsExactly(ADA.id());
    }

    @Test
    void importedVotesCountTowardTheTotal() {
        KnowledgeGap gap = TestGaps.gap(1);
        gap.vote(BOB.id(), later(1));

        gap.addImportedVotes(4, "From the retro board", MANAGER, later(2));

        assertThat(gap.totalVotes()).isEqualTo(5);
        assertThat(gap.voterCount()).isEqualTo(1);
        assertThat(gap.getHistory().getLast().getEvent()).isEqualTo(GapEvent.VOTES_IMPORTED);
    }

    @Test
    void aClosedGapTakesNoVotesOrOffers() {
        KnowledgeGap gap = TestGaps.gap(1);
        gap.close("Obsolete", MANAGER, later(1));

        assertThatThrownBy(() -> gap.vote(BOB.id(), later(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("open or planned");
        assertThatThrownBy(() -> gap.offerToTeach(BOB.id(), null, later(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("open or planned");
    }

    @Test
    void aPlannedGapStillTakesVotesAndOffers() {
        KnowledgeGap gap = TestGaps.gap(1);
        gap.plan("Next Tuesday", MANAGER, later(1));

        gap.vote(BOB.id(), later(2));
        gap.offerToTeach(BOB.id(), null, later(2));

        assertThat(gap.totalVotes()).isEqualTo(1);
        assertThat(gap.hasOfferOf(BOB.id())).isTrue();
    }

    @Test
    void offeringAgainUpdatesTheNoteAndWithdrawingRemovesOnlyYourOffer() {
        KnowledgeGap gap = TestGaps.gap(1);
        gap.offerToTeach(ADA.id(), "Consumer side only", later(1));
        gap.offerToTeach(BOB.id(), null, later(2));

        gap.offerToTeach(ADA.id(), "  Consumers and rebalancing ", later(3));
        assertThat(gap.withdrawOffer(BOB.id())).isTrue();
        assertThat(gap.withdrawOffer(BOB.id())).isFalse();

        assertThat(gap.getOffers()).singleElement().satisfies(o -> {
            assertThat(o.getPersonId()).isEqualTo(ADA.id());
            assertThat(o.getNote()).isEqualTo("Consumers and rebalancing");
            assertThat(o.getOfferedAt()).isEqualTo(later(1));
        });
    }

    @Test
    void anOfferNoteHasAtMost500Characters() {
        KnowledgeGap gap = TestGaps.gap(1);

        assertThatThrownBy(() -> gap.offerToTeach(ADA.id(), "x".repeat(501), later(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThat(gap.getOffers()).isEmpty();
    }

    @Test
    void aProposedTopicIsAGapWithThePresentersOfferAndARequestHasNone() {
        var proposed = KnowledgeGap.log(TestGaps.TEAM, GapDraft.of("Property-based testing", GapSource.OTHER, Urgency.LOW),
                GapOrigin.PROPOSED, BOB.id(), TestGaps.DAY, BOB, TestGaps.T0, "Proposed by the presenter.");
        proposed.offerToTeach(BOB.id(), "30 minutes with examples", TestGaps.T0);
        var requested = KnowledgeGap.log(TestGaps.TEAM, GapDraft.of("Gradle build cache", GapSource.OTHER, Urgency.MEDIUM),
                GapOrigin.REQUESTED, ADA.id(), TestGaps.DAY, ADA, TestGaps.T0, "Requested by a member.");

        assertThat(proposed.getOrigin()).isEqualTo(GapOrigin.PROPOSED);
        assertThat(proposed.getOffers()).extracting(GapOffer::getPersonId).containsExactly(BOB.id());
        assertThat(requested.getOrigin()).isEqualTo(GapOrigin.REQUESTED);
        assertThat(requested.getOffers()).isEmpty();
    }
}
