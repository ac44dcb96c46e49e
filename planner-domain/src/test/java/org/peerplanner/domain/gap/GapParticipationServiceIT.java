package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsePlannerTestDatabase
class GapParticipationServiceIT {

    @Autowired
    GapService gaps;
    @Autowired
    GapParticipationService participation;
    @Autowired
    GapLifecycleService lifecycle;
    @Autowired
    GapOfferRepository offers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DomainFixtures fixtures;

    private long votesInDatabase(long gapId) {
        return jdbc.queryForObject("select count(*) from gap_vote where gap_id = ?", Long.class, gapId);
    }

    @Test
    void votingTwiceCountsOnceAndUnvotingTakesItBack() {
        long team = fixtures.team("Votes");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        long gap = gaps.log(manager, team, GapServiceIT.draft("Kafka consumer groups")).id();

        participation.vote(member, gap);
        var again = participation.vote(member, gap);
        participation.vote(manager, gap);

        assertThat(again.hasMyVote()).isTrue();
        assertThat(votesInDatabase(gap)).isEqualTo(2);
        assertThat(participation.unvote(member, gap).voterCount()).isEqualTo(1);
        assertThat(participation.unvote(member, gap).hasMyVote()).isFalse();
        assertThat(votesInDatabase(gap)).isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsOneVotePerPersonAndGapEvenUnderConcurrentClicks() throws Exception {
        long team = fixtures.team("Race");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        long gap = gaps.log(manager, team, GapServiceIT.draft("Race conditions")).id();

        assertThatThrownBy(() -> jdbc.update("insert into gap_vote (gap_id, person_id, voted_at) values (?, ?, CURRENT_TIMESTAMP),"
                + " (?, ?, CURRENT_TIMESTAMP)", gap, member.personId(), gap, member.personId()))
                .as("unique (gap_id, person_id)").isInstanceOf(DataIntegrityViolationException.class);

        int clicks = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        var start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return participation.vote(member, gap);
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            try {
                result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).as("a lost race is a conflict, never a second vote")
                        .isInstanceOf(ConflictException.class);
            }
        }
        pool.shutdown();

        assertThat(votesInDatabase(gap)).isEqualTo(1);
    }

    @Test
    void membersOfferToTeachAndTheRotationEngineFindsTheOffersOnOpenGaps() {
        long team = fixtures.team("Offers");
        Actor manager = fixtures.manager(team);
        Actor ada = fixtures.person(team, "Ada Lovelace", org.peerplanner.domain.access.TeamRole.MEMBER);
        Actor bob = fixtures.person(team, "Bob Builder", org.peerplanner.domain.access.TeamRole.MEMBER);
        long open = gaps.log(manager, team, GapServiceIT.draft("Kafka consumer groups")).id();
        long closed = gaps.log(manager, team, GapServiceIT.draft("Old topic")).id();
        participation.offerToTeach(bob, closed, null);
        lifecycle.close(manager, closed, "Obsolete");

        participation.offerToTeach(ada, open, "Consumer side");
        var details = participation.offerToTeach(bob, open, null);
        participation.withdrawOffer(bob, open);

        assertThat(details.offers()).extracting(GapOfferView::personName).containsExactly("Ada Lovelace", "Bob Builder");
        assertThat(offers.findOffersOnOpenGaps(team)).singleElement().satisfies(o -> {
            assertThat(o.gapId()).isEqualTo(open);
            assertThat(o.personId()).isEqualTo(ada.personId());
            assertThat(o.note()).isEqualTo("Consumer side");
        });
        assertThatThrownBy(() -> participation.offerToTeach(ada, closed, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("open or planned");
    }

    @Test
    void administratorsWhoAreNotInTheTeamDoNotVote() {
        long team = fixtures.team("Admins");
        Actor manager = fixtures.manager(team);
        long gap = gaps.log(manager, team, GapServiceIT.draft("Kafka")).id();

        assertThatThrownBy(() -> participation.vote(DomainFixtures.SYSTEM_ADMIN, gap))
                .isInstanceOf(NotPermittedException.class);
        assertThat(votesInDatabase(gap)).isZero();
    }
}
