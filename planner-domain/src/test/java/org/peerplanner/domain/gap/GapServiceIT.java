package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
@UsePlannerTestDatabase
class GapServiceIT {

    @Autowired
    TestClock clock;
    @Autowired
    GapService gaps;
    @Autowired
    GapBoardService board;
    @Autowired
    GapLifecycleService lifecycle;
    @Autowired
    GapPolicyService policy;
    @Autowired
    DomainFixtures fixtures;

    static GapDraft draft(String title) {
        return GapDraft.of(title, GapSource.RETROSPECTIVE, Urgency.MEDIUM);
    }

    private List<Long> boardIds(Actor actor, long team) {
        return board.board(actor, team, GapFilter.everything(), PageRequest.of(0, 100)).stream().map(GapCard::id).toList();
    }

    @Test
    void aConfidentialGapIsSeenOnlyByItsReporterTheManagersAndAdministrators() {
        long team = fixtures.team("Confidential");
        Actor manager = fixtures.manager(team);
        Actor reporter = fixtures.member(team);
        Actor teammate = fixtures.member(team);
        long open = gaps.log(manager, team, draft("Terraform state")).id();
        long secret = gaps.log(manager, team, GapDraft.of("Giving feedback to seniors", GapSource.ONE_ON_ONE, Urgency.HIGH)
                .keptConfidential(true).reported(reporter.personId(), null)).id();

        assertThat(boardIds(teammate, team)).containsExactly(open);
        assertThat(board.count(teammate, team, GapFilter.everything())).isEqualTo(1);
        assertThatThrownBy(() -> gaps.details(teammate, secret)).isInstanceOf(NotFoundException.class);
        assertThat(board.similarOpenGaps(teammate, team, "feedback to seniors")).isEmpty();

        assertThat(boardIds(reporter, team)).containsExactlyInAnyOrder(open, secret);
        assertThat(gaps.details(reporter, secret).confidential()).isTrue();
        assertThat(boardIds(manager, team)).containsExactlyInAnyOrder(open, secret);
        assertThat(boardIds(DomainFixtures.SYSTEM_ADMIN, team)).containsExactlyInAnyOrder(open, secret);
    }

    @Test
    void anotherTeamSeesNoneOfTheTeamsGaps() {
        long ours = fixtures.team("Ours");
        long theirs = fixtures.team("Theirs");
        Actor manager = fixtures.manager(ours);
        Actor outsider = fixtures.manager(theirs);
        long gap = gaps.log(manager, ours, draft("Kafka consumer groups")).id();

        assertThatThrownBy(() -> gaps.details(outsider, gap)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> board.board(outsider, ours, GapFilter.everything(), PageRequest.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> board.count(outsider, ours, GapFilter.everything())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lifecycle.close(outsider, gap, "mine now")).isInstanceOf(NotFoundException.class);
        assertThat(boardIds(outsider, theirs)).isEmpty();
    }

    @Test
    void membersLogGapsOnlyWhenTheTeamAllowsItButMayAlwaysProposeAndRequest() {
        long team = fixtures.team("Logging");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);

        assertThat(policy.canLogGaps(member, team)).isFalse();
        assertThatThrownBy(() -> gaps.log(member, team, draft("Flaky tests"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> policy.allowMembersToLogGaps(member, team, true)).isInstanceOf(NotPermittedException.class);

        var proposed = gaps.propose(member, team, GapDraft.of("Property-based testing", null, Urgency.LOW), "45 minutes");
        var requested = gaps.request(member, team, GapDraft.of("Gradle build cache", null, Urgency.MEDIUM));
        policy.allowMembersToLogGaps(manager, team, true);
        var logged = gaps.log(member, team, draft("Flaky tests"));

        assertThat(policy.membersMayLogGaps(member, team)).isTrue();
        assertThat(proposed.origin()).isEqualTo(GapOrigin.PROPOSED);
        assertThat(proposed.source()).isEqualTo(GapSource.OTHER);
        assertThat(proposed.offers()).singleElement().satisfies(o -> {
            assertThat(o.personId()).isEqualTo(member.personId());
            assertThat(o.personName()).isEqualTo("Member");
            assertThat(o.note()).isEqualTo("45 minutes");
        });
        assertThat(requested.origin()).isEqualTo(GapOrigin.REQUESTED);
        assertThat(requested.offers()).isEmpty();
        assertThat(logged.reporterId()).isEqualTo(member.personId());
        assertThat(logged.history()).extracting(GapHistoryItem::event).containsExactly(GapEvent.LOGGED);
    }

    @Test
    void badInputGetsFieldMessagesAndOnlyManagersLogOnSomeoneElsesBehalf() {
        long team = fixtures.team("Input");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        Actor outsider = fixtures.member(fixtures.team("Elsewhere"));
        policy.allowMembersToLogGaps(manager, team, true);
        var bad = new GapDraft(" ", "d".repeat(4001), null, null, null, List.of(" "), null, false, null, null);

        assertThatThrownBy(() -> gaps.log(manager, team, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("title", "description", "source", "urgency", "tags"));
        assertThatThrownBy(() -> gaps.log(manager, team, draft("Later").reported(null, LocalDate.now(clock).plusDays(3))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reportedOn"));
        assertThatThrownBy(() -> gaps.log(manager, team, draft("Theirs").reported(outsider.personId(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reportedBy"));
        assertThatThrownBy(() -> gaps.log(member, team, draft("On behalf").reported(manager.personId(), null)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(board.count(manager, team, GapFilter.everything())).isZero();
    }

    @Test
    void theReporterAndManagersReviseAGapAndAStaleFormGetsAConflict() {
        long team = fixtures.team("Revise");
        Actor manager = fixtures.manager(team);
        Actor reporter = fixtures.member(team);
        Actor teammate = fixtures.member(team);
        var logged = gaps.request(reporter, team, draft("Kafka consumer groups"));

        assertThatThrownBy(() -> gaps.revise(teammate, logged.id(), logged.version(), draft("Mine")))
                .isInstanceOf(NotPermittedException.class);
        var revised = gaps.revise(reporter, logged.id(), logged.version(),
                draft("Kafka consumer group rebalancing").withUrgency(Urgency.HIGH).taggedWith(List.of("Kafka")));
        assertThatThrownBy(() -> gaps.revise(manager, logged.id(), logged.version(), draft("Stale edit")))
                .isInstanceOf(ConflictException.class);

        var now = gaps.details(manager, logged.id());
        assertThat(now.title()).isEqualTo("Kafka consumer group rebalancing");
        assertThat(now.version()).isEqualTo(revised.version()).isGreaterThan(logged.version());
        assertThat(now.tags()).containsExactly("Kafka");
        assertThat(now.history()).extracting(GapHistoryItem::note).contains(
                "Title changed from “Kafka consumer groups” to “Kafka consumer group rebalancing”.",
                "Urgency changed from Medium to High.");
    }

    @Test
    void managersMoveAGapThroughItsLifecycleAndMembersCannot() {
        long team = fixtures.team("Lifecycle");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        long gap = gaps.log(manager, team, draft("Observability")).id();

        assertThatThrownBy(() -> lifecycle.plan(member, gap, "Friday")).isInstanceOf(NotPermittedException.class);
        lifecycle.plan(manager, gap, "Friday 12:00: OpenTelemetry basics");
        assertThatThrownBy(() -> lifecycle.reopen(manager, gap, "again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("still planned");
        lifecycle.markAddressed(manager, gap, null);
        var closed = lifecycle.close(manager, gap, "Covered, with a follow-up on tracing");
        var reopened = lifecycle.reopen(manager, gap, "Tracing still unclear");

        assertThat(closed.status()).isEqualTo(GapStatus.CLOSED);
        assertThat(reopened.status()).isEqualTo(GapStatus.OPEN);
        assertThat(reopened.history()).extracting(GapHistoryItem::event).containsExactly(GapEvent.LOGGED,
                GapEvent.PLANNED, GapEvent.ADDRESSED, GapEvent.CLOSED, GapEvent.REOPENED);
        assertThat(reopened.history()).allSatisfy(h -> assertThat(h.personName()).isEqualTo("Manager"));
        assertThat(reopened.viewerMay().manage()).isTrue();
        assertThat(gaps.details(member, gap).viewerMay())
                .isEqualTo(new GapDetails.Permissions(true, true, false, false));
    }

    @Test
    void reportedOnIsTheTeamsToday() {
        long team = fixtures.team("Today");
        Actor manager = fixtures.manager(team);

        var gap = gaps.log(manager, team, draft("Time zones"));

        assertThat(gap.reportedOn()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
    }
}
