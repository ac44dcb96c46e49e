package org.peerplanner.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Search on the real database: ranking, highlighting, team isolation and confidential gaps. */
@SpringBootTest
@UsePlannerTestDatabase
class ArticleSearchIT {

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleSearch search;
    @Autowired
    GapService gaps;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void aTitleMatchRanksAboveATagMatchAboveABodyOnlyMatch() {
        long team = fixtures.team("Search");
        Actor member = fixtures.member(team);
        String word = "zookeeper" + System.nanoTime() % 100000;
        var body = articles.create(member, team, Articles.draft("Cluster notes",
                "We talked about " + word + " for a while, and about many other things besides, at length."));
        var tag = articles.create(member, team, Articles.draft("Coordination services", "Leader election.", word));
        var title = articles.create(member, team, Articles.draft("Running " + word + " in production", "Ensembles."));

        var page = search.search(member, word, 0, 10);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hits()).extracting(ArticleHit::id).containsExactly(title.id(), tag.id(), body.id());
    }

    @Test
    void matchesAreHighlightedAndTheArticlesOwnHtmlIsEscaped() {
        long team = fixtures.team("Search");
        Actor member = fixtures.member(team);
        articles.create(member, team, Articles.draft("Consumer <script>alert(1)</script> lag",
                "When consumers fall behind, <img src=x onerror=alert(1)> watch the lag metric closely."));

        var hit = search.search(member, "consumer lag", 0, 10).hits().getFirst();

        assertThat(hit.titleHtml()).isEqualTo("<em>Consumer</em> &lt;script&gt;alert(1)&lt;/script&gt; <em>lag</em>");
        assertThat(hit.fragmentsHtml()).singleElement().asString()
                .contains("<em>consumers</em>").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("the <em>lag</em> metric").doesNotContain("<img");
    }

    @Test
    void aMemberOfOneTeamNeverSeesAnotherTeamsArticles() {
        long teamA = fixtures.team("Search A");
        long teamB = fixtures.team("Search B");
        Actor a = fixtures.member(teamA);
        Actor b = fixtures.member(teamB);
        String word = "flamingo" + System.nanoTime() % 100000;
        articles.create(a, teamA, Articles.draft("A: " + word, "Team A's notes."));
        for (int i = 0; i < 3; i++) {
            articles.create(b, teamB, Articles.draft("B: " + word + " " + i, "Team B's notes."));
        }

        var page = search.search(a, word, 0, 10);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.hits()).extracting(ArticleHit::teamId).containsOnly(teamA);
        assertThat(search.search(b, word, 0, 2).total()).isEqualTo(3); // counted inside the filter, not after paging
        assertThatThrownBy(() -> search.searchTeam(a, teamB, word, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThat(search.search(DomainFixtures.SYSTEM_ADMIN, word, 0, 10).total()).isEqualTo(4); // administrators: all teams
    }

    @Test
    void aConfidentialGapsTitleNeverShowsUpInResults() {
        long team = fixtures.team("Search");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        String secretWord = "pelican" + System.nanoTime() % 100000;
        long secret = gaps.log(manager, team, GapDraft.of("Confidential " + secretWord + " coaching",
                GapSource.ONE_ON_ONE, Urgency.LOW).keptConfidential(true)).id();
        articles.create(manager, team, Articles.linking(Articles.draft("Coaching notes", "General advice on pairing."),
                Set.of(secret)));

        assertThat(search.search(member, secretWord, 0, 10).total()).isZero();
        var hits = search.search(member, "coaching", 0, 10).hits();
        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            assertThat(h.titleHtml()).doesNotContain(secretWord);
            assertThat(String.join(" ", h.fragmentsHtml())).doesNotContain(secretWord);
        });
    }

    @Test
    void editsAreSearchableAtOnceAndBlankOrBrokenQueriesDoNotFail() {
        long team = fixtures.team("Search");
        Actor member = fixtures.member(team);
        String before = "walrus" + System.nanoTime() % 100000;
        String after = "narwhal" + System.nanoTime() % 100000;
        var a = articles.create(member, team, Articles.draft("Notes on " + before, "Text"));
        articles.revise(member, a.id(), a.version(), Articles.draft("Notes on " + after, "Text"));

        assertThat(search.search(member, before, 0, 10).total()).isZero();
        assertThat(search.search(member, after, 0, 10).total()).isEqualTo(1);
        assertThat(search.search(member, "   ", 0, 10).total()).isZero();
        assertThat(search.search(member, "\"unclosed (paren -", 0, 10).hits()).isNotNull();
    }
}
