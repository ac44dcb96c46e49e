package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.ArticleSearch;
import org.peerplanner.domain.knowledge.UnansweredSearch;
import org.peerplanner.domain.knowledge.UnansweredSearches;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The outcomes dashboard on the real database: team isolation, personal figures, targets, unanswered searches. */
@SpringBootTest
@UsePlannerTestDatabase
class OutcomesServiceIT {

    @Autowired
    OutcomesService outcomes;
    @Autowired
    GapService gaps;
    @Autowired
    GapLifecycleService lifecycle;
    @Autowired
    ArticleSearch search;
    @Autowired
    UnansweredSearches unanswered;
    @Autowired
    DomainFixtures fixtures;

    private OutcomePeriod year(long teamId) {
        return OutcomePeriod.lastMonths(outcomes.today(teamId), 12);
    }

    @Test
    void anotherTeamsFiguresAreNotFoundAndAnAdministratorSeesThem() {
        long teamA = fixtures.team("Outcomes A");
        long teamB = fixtures.team("Outcomes B");
        Actor a = fixtures.member(teamA);
        fixtures.member(teamB);

        assertThatThrownBy(() -> outcomes.dashboard(a, teamB, year(teamB))).isInstanceOf(NotFoundException.class);
        assertThat(outcomes.dashboard(DomainFixtures.SYSTEM_ADMIN, teamB, year(teamB)).teamId()).isEqualTo(teamB);
    }

    @Test
    void gapFiguresComeFromTheTeamsOwnGaps() {
        long team = fixtures.team("Outcomes gaps");
        Actor manager = fixtures.manager(team);
        long other = fixtures.team("Outcomes other");
        Actor otherManager = fixtures.manager(other);
        var closed = gaps.log(manager, team, draft("Kafka retries"));
        lifecycle.close(manager, closed.id(), "Covered at the deep dive.");
        gaps.log(manager, team, draft("Flaky tests"));
        gaps.log(otherManager, other, draft("Not ours"));

        TeamOutcomes dashboard = outcomes.dashboard(manager, team, year(team));

        assertThat(dashboard.section("gaps").facts()).contains(new Fact("Logged in the period", "2"),
                new Fact("Open now", "1"));
        assertThat(dashboard.section("gaps").flags()).doesNotContain(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS);
        assertThat(dashboard.sections()).extracting(SectionFigures::id)
                .containsExactly("gaps", "rhythm", "spread", "participation", "follow-through", "knowledge-base", "mentoring",
                        "help");
    }

    @Test
    void theDashboardCarriesOnlyTheViewersOwnFigures() {
        long team = fixtures.team("Outcomes privacy");
        Actor member = fixtures.member(team);
        fixtures.member(team);

        TeamOutcomes dashboard = outcomes.dashboard(member, team, year(team));

        assertThat(dashboard.sections()).allSatisfy(s -> assertThat(s.personal()).isEmpty());
        assertThat(dashboard.mine()).contains(new Fact("Sessions you led in the period", "0"));
        assertThat(outcomes.dashboard(DomainFixtures.SYSTEM_ADMIN, team, year(team)).mine()).isEmpty();
    }

    @Test
    void managersSetTheCloseTargetMembersMayNot() {
        long team = fixtures.team("Outcomes target");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);

        assertThat(outcomes.dashboard(member, team, year(team)).closeTargetDays()).isEqualTo(60);
        outcomes.aimToCloseGapsWithin(manager, team, 30);
        outcomes.aimToCloseGapsWithin(manager, team, 45);

        assertThat(outcomes.dashboard(member, team, year(team)).closeTargetDays()).isEqualTo(45);
        assertThat(outcomes.dashboard(member, team, year(team)).section("gaps").facts())
                .extracting(Fact::label).contains("Closed within 45 days");
        assertThatThrownBy(() -> outcomes.aimToCloseGapsWithin(member, team, 10)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> outcomes.aimToCloseGapsWithin(manager, team, 0)).isInstanceOf(InvalidInputException.class);
        assertThat(outcomes.closeTargetDays(team)).isEqualTo(45);
    }

    @Test
    void aPeriodLongerThanThreeYearsIsRefused() {
        long team = fixtures.team("Outcomes period");
        Actor member = fixtures.member(team);
        var tooLong = OutcomePeriod.lastMonths(outcomes.today(team), 37);

        assertThatThrownBy(() -> outcomes.dashboard(member, team, tooLong)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 36 months");
    }

    @Test
    void theOverviewIsForAdministratorsOnly() {
        long team = fixtures.team("Outcomes overview");
        Actor manager = fixtures.manager(team);

        assertThatThrownBy(() -> outcomes.overview(manager)).isInstanceOf(NotPermittedException.class);
        var row = outcomes.overview(DomainFixtures.SYSTEM_ADMIN).stream().filter(r -> r.teamId() == team).findFirst()
                .orElseThrow();
        assertThat(row.memberCount()).isEqualTo(1);
        assertThat(row.flags()).contains(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS);
        assertThat(row.sparklines()).extracting(TeamOverviewRow.Sparkline::values)
                .allSatisfy(values -> assertThat(values).hasSize(OutcomesService.OVERVIEW_MONTHS));
    }

    @Test
    void searchesThatFindNothingAreCountedByQueryForTheSearchersTeamsOnly() {
        long team = fixtures.team("Outcomes search");
        Actor member = fixtures.member(team);
        Actor manager = fixtures.manager(team);
        long other = fixtures.team("Outcomes search other");
        Actor outsider = fixtures.manager(other);
        String query = "quokka" + System.nanoTime() % 100000 + " migrations";

        search.search(member, query, 0, 10);
        search.search(manager, "  " + query.toUpperCase() + " ", 0, 10);
        search.search(member, "zz", 0, 10); // too short to be a question

        List<UnansweredSearch> list = unanswered.unanswered(member, team);
        assertThat(list).singleElement().satisfies(u -> {
            assertThat(u.query()).isEqualTo(query);
            assertThat(u.searches()).isEqualTo(2);
        });
        assertThat(unanswered.unanswered(outsider, other)).isEmpty();
        assertThat(outcomes.dashboard(member, team, year(team)).section("knowledge-base").facts())
                .contains(new Fact("Searches that found nothing", "2 (1 query)"));

        long id = list.getFirst().id();
        assertThatThrownBy(() -> unanswered.logAsGap(outsider, team, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> unanswered.logAsGap(outsider, other, id)).isInstanceOf(NotFoundException.class);
        var gap = unanswered.logAsGap(manager, team, id);

        assertThat(gap.title()).isEqualTo(query);
        assertThat(gap.teamId()).isEqualTo(team);
        assertThat(unanswered.unanswered(member, team)).isEmpty();
        assertThatThrownBy(() -> unanswered.logAsGap(manager, team, id)).isInstanceOf(NotFoundException.class);
    }

    private static GapDraft draft(String title) {
        return new GapDraft(title, null, GapSource.RETROSPECTIVE, null, Urgency.MEDIUM, List.of("kafka"), Set.of(), false,
                null, null);
    }
}
