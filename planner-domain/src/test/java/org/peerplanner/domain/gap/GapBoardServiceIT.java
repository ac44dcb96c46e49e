package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
@UsePlannerTestDatabase
class GapBoardServiceIT {

    @Autowired
    TestClock clock;
    @Autowired
    GapService gaps;
    @Autowired
    GapBoardService board;
    @Autowired
    GapParticipationService participation;
    @Autowired
    GapLifecycleService lifecycle;
    @Autowired
    DomainFixtures fixtures;

    long team;
    Actor manager;
    Actor ada;
    Actor bob;
    long lowFresh;
    long highFresh;
    long mediumVoted;
    long mediumOld;
    long mediumFresh;
    long mediumFreshTwin;
    long closedOld;

    @BeforeEach
    void aBoard() {
        team = fixtures.team("Board");
        manager = fixtures.manager(team);
        ada = fixtures.member(team);
        bob = fixtures.member(team);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        lowFresh = log(GapDraft.of("Regex basics", GapSource.OTHER, Urgency.LOW));
        highFresh = log(GapDraft.of("Database failover", GapSource.POST_MORTEM, Urgency.HIGH).withSource(GapSource.POST_MORTEM, "INC-4711"));
        mediumVoted = log(GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.MEDIUM)
                .describedAs("Rebalancing surprises us every release").taggedWith(List.of("Kafka", "Java")));
        mediumOld = log(GapDraft.of("Terraform state", GapSource.ONBOARDING_FRICTION, Urgency.MEDIUM)
                .reported(null, today.minusWeeks(4)));
        mediumFresh = log(GapDraft.of("Code review etiquette", GapSource.RETROSPECTIVE, Urgency.MEDIUM));
        mediumFreshTwin = log(GapDraft.of("Writing ADRs", GapSource.RETROSPECTIVE, Urgency.MEDIUM));
        closedOld = log(GapDraft.of("Java 8 streams", GapSource.NEW_TECHNOLOGY, Urgency.HIGH).reported(null, today.minusWeeks(20)));
        participation.vote(ada, mediumVoted);
        participation.vote(bob, mediumVoted);
        participation.offerToTeach(ada, mediumVoted, null);
        lifecycle.close(manager, closedOld, "Everyone knows it now");
    }

    private long log(GapDraft draft) {
        return gaps.log(manager, team, draft).id();
    }

    private List<Long> ids(Actor actor, GapFilter filter) {
        return board.board(actor, team, filter, PageRequest.of(0, 50)).stream().map(GapCard::id).toList();
    }

    @Test
    void aGapMergesIntoAnyOtherOpenOrPlannedGapOfTheTeam() {
        assertThat(board.mergeTargets(manager, team, mediumFresh)).extracting(GapBoardService.MergeTarget::id)
                .contains(lowFresh, highFresh, mediumVoted, mediumOld, mediumFreshTwin)
                .doesNotContain(mediumFresh, closedOld);
    }

    @Test
    void revisingStartsFromTheGapAsItStandsAndOnlyAnAddressedGapClosesWithAnArticle() {
        var details = gaps.details(manager, mediumVoted);

        var draft = GapDraft.from(details);

        assertThat(draft.title()).isEqualTo("Kafka consumer groups");
        assertThat(draft.description()).isEqualTo("Rebalancing surprises us every release");
        assertThat(draft.tags()).containsExactlyInAnyOrderElementsOf(details.tags());
        assertThat(draft.urgency()).isEqualTo(Urgency.MEDIUM);
        assertThat(details.viewerMayCloseWithArticle()).as("open, not addressed").isFalse();
    }

    @Test
    void theBoardIsOrderedByPriorityThenByAge() {
        var cards = board.board(ada, team, GapFilter.open(), PageRequest.of(0, 50));

        assertThat(cards).extracting(GapCard::id)
                .containsExactly(highFresh, mediumVoted, mediumOld, mediumFresh, mediumFreshTwin, lowFresh);
        assertThat(cards).extracting(GapCard::priority).containsExactly(35, 30, 24, 20, 20, 10);
        assertThat(cards.get(1)).satisfies(card -> {
            assertThat(card.votes()).isEqualTo(2);
            assertThat(card.hasMyVote()).isTrue();
            assertThat(card.offerCount()).isEqualTo(1);
            assertThat(card.haveIOffered()).isTrue();
            assertThat(card.tags()).containsExactly("Java", "Kafka");
            assertThat(card.reporterName()).isEqualTo("Manager");
        });
        assertThat(board.board(bob, team, GapFilter.open(), PageRequest.of(0, 50)).get(1).haveIOffered()).isFalse();
    }

    @Test
    void pagesAreSlicesOfTheOneOrder() {
        List<Long> all = ids(manager, GapFilter.everything());
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            board.board(manager, team, GapFilter.everything(), PageRequest.of(page, 2)).forEach(c -> paged.add(c.id()));
        }

        assertThat(all).hasSize(7);
        assertThat(paged).isEqualTo(all);
        assertThat(board.board(manager, team, GapFilter.everything(), PageRequest.of(9, 2))).isEmpty();
        assertThat(board.count(manager, team, GapFilter.everything())).isEqualTo(7);
    }

    @Test
    void filtersNarrowTheBoardAndTheCountAgrees() {
        assertThat(ids(ada, GapFilter.everything().withStatuses(Set.of(GapStatus.CLOSED)))).containsExactly(closedOld);
        assertThat(ids(ada, GapFilter.open().withSource(GapSource.POST_MORTEM))).containsExactly(highFresh);
        assertThat(ids(ada, GapFilter.open().withUrgency(Urgency.HIGH))).containsExactly(highFresh);
        assertThat(ids(ada, GapFilter.everything().withUrgency(Urgency.HIGH))).containsExactly(closedOld, highFresh);
        assertThat(ids(ada, GapFilter.open().withTag(" KAFKA "))).containsExactly(mediumVoted);
        assertThat(ids(ada, GapFilter.open().matching("rebalancing"))).containsExactly(mediumVoted);
        assertThat(ids(ada, GapFilter.open().matching("TERRAFORM"))).containsExactly(mediumOld);
        assertThat(board.count(ada, team, GapFilter.open())).isEqualTo(6);
        assertThat(board.count(ada, team, GapFilter.open().withTag("kafka").withSource(GapSource.OTHER))).isZero();
    }
}
