package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
@UsePlannerTestDatabase
class GapMergeIT {

    @Autowired
    GapService gaps;
    @Autowired
    GapParticipationService participation;
    @Autowired
    GapLifecycleService lifecycle;
    @Autowired
    GapBoardService board;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void aMergeIsPersistedWithVotesOffersTagsAndHistoryOnTheSurvivor() {
        long team = fixtures.team("Merge");
        Actor manager = fixtures.manager(team);
        Actor ada = fixtures.member(team);
        Actor bob = fixtures.member(team);
        long survivor = gaps.log(manager, team, GapServiceIT.draft("Kafka consumer groups").taggedWith(List.of("Kafka"))).id();
        long duplicate = gaps.log(manager, team,
                GapServiceIT.draft("Consumer groups in Kafka").taggedWith(List.of("kafka", "Messaging"))).id();
        participation.vote(ada, survivor);
        participation.vote(ada, duplicate);
        participation.vote(bob, duplicate);
        participation.offerToTeach(bob, duplicate, "I ran them in production");
        assertThat(board.similarOpenGaps(manager, team, "kafka consumer-groups?"))
                .extracting(GapMatch::id).containsExactly(survivor, duplicate);

        var merged = lifecycle.merge(manager, duplicate, survivor, "Same topic");

        var reloaded = gaps.details(manager, survivor);
        assertThat(merged.id()).isEqualTo(survivor);
        assertThat(reloaded.version()).isEqualTo(merged.version());
        assertThat(reloaded.voterCount()).isEqualTo(2);
        assertThat(reloaded.offers()).extracting(GapOfferView::personId).containsExactly(bob.personId());
        assertThat(reloaded.tags()).containsExactlyInAnyOrder("Kafka", "Messaging");
        assertThat(reloaded.history()).extracting(GapHistoryItem::event)
                .containsExactly(GapEvent.LOGGED, GapEvent.LOGGED, GapEvent.MERGED_IN);
        assertThat(reloaded.history().get(1).copiedFromGapId()).isEqualTo(duplicate);
        assertThat(reloaded.history().getLast().note()).isEqualTo("#" + duplicate + " merged in. Same topic");

        var record = gaps.details(manager, duplicate);
        assertThat(record.status()).isEqualTo(GapStatus.CLOSED);
        assertThat(record.mergedIntoId()).isEqualTo(survivor);
        assertThat(record.voterCount()).isZero();
        assertThat(record.history()).extracting(GapHistoryItem::event).containsExactly(GapEvent.LOGGED, GapEvent.MERGED_INTO);
        assertThat(record.viewerMay().revise()).isFalse();

        assertThat(board.board(manager, team, GapFilter.everything(), PageRequest.of(0, 10)))
                .extracting(GapCard::id).containsExactly(survivor);
        assertThat(board.board(manager, team, GapFilter.everything().includingMerged(true), PageRequest.of(0, 10)))
                .extracting(GapCard::id).containsExactlyInAnyOrder(survivor, duplicate);
        assertThat(board.similarOpenGaps(manager, team, "kafka consumer-groups?")).extracting(GapMatch::id)
                .containsExactly(survivor);
    }

    @Test
    void onlyAManagerOfTheSameTeamMerges() {
        long team = fixtures.team("MergeRules");
        long other = fixtures.team("MergeOther");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        Actor otherManager = fixtures.manager(other);
        long a = gaps.log(manager, team, GapServiceIT.draft("Kafka")).id();
        long b = gaps.log(manager, team, GapServiceIT.draft("Kafka basics")).id();
        long theirs = gaps.log(otherManager, other, GapServiceIT.draft("Kafka")).id();

        assertThatThrownBy(() -> lifecycle.merge(member, b, a, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> lifecycle.merge(manager, b, theirs, null)).isInstanceOf(NotFoundException.class);
        assertThat(gaps.details(manager, b).status()).isEqualTo(GapStatus.OPEN);
    }
}
