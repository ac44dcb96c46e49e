package org.peerplanner.web.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ScheduledJobLocks;
import org.peerplanner.domain.knowledge.Article;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleHit;
import org.peerplanner.domain.knowledge.ArticleSearch;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.knowledge.SearchPage;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.TestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The knowledge base on several instances (README, "Knowledge base search"): app instances with the
 * {@code search-opensearch} profile share one real OpenSearch node and one database, and write the index through
 * Hibernate Search's outbox. In order, because the instances come and go: search answers as on the embedded Lucene
 * default, one instance's save found through another, the rebuild when the index is behind (by one instance only),
 * and a save whose instance died before indexing it indexed by the next instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeSearchOnOpenSearchIT {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

    private static TestDatabase.Connection database;
    private static PlannerInstance first;
    private static Actor member;
    private static Actor otherTeamsMember;
    private static long team;
    private static long sharedArticle;

    @BeforeAll
    static void oneInstanceRuns() {
        TestOpenSearch.shared();
        database = TestDatabase.freshDatabase("search");
        first = PlannerInstance.start(database);
        WebFixtures fixtures = first.bean(WebFixtures.class);
        team = fixtures.teamId("Mobile Apps");
        member = new Actor(fixtures.personId(fixtures.newMember("Mobile Apps", "Search Member")), false);
        otherTeamsMember = new Actor(fixtures.personId(fixtures.newMember("Payments Platform", "Other Member")), false);
    }

    @AfterAll
    static void instancesStop() {
        if (first != null) {
            first.close();
        }
    }

    @Test
    @Order(1)
    void answersAsOnTheEmbeddedLuceneDefaultRankingHighlightsStemsAndAccents() {
        var articles = first.bean(ArticleService.class);
        // the cases and expected answers of ArticleSearchIT, which runs them on the embedded Lucene index
        String word = "zookeeper" + System.nanoTime() % 100000;
        var body = articles.create(member, team, draft("Cluster notes",
                "We talked about " + word + " for a while, and about many other things besides, at length."));
        var tag = articles.create(member, team, draft("Coordination services", "Leader election.", word));
        var title = articles.create(member, team, draft("Running " + word + " in production", "Ensembles."));
        articles.create(member, team, draft("Consumer <script>alert(1)</script> lag",
                "When consumers fall behind, <img src=x onerror=alert(1)> watch the lag metric closely."));
        articles.create(member, team, draft("Café culture " + word, "Crème brûlée at the retro."));

        var ranked = awaitHits(first, member, word, 4);
        assertThat(ranked.hits()).extracting(ArticleHit::id).containsSubsequence(title.id(), tag.id(), body.id());

        var highlighted = awaitHits(first, member, "consumer lag", 1).hits().getFirst();
        assertThat(highlighted.titleHtml())
                .isEqualTo("<em>Consumer</em> &lt;script&gt;alert(1)&lt;/script&gt; <em>lag</em>");
        assertThat(highlighted.fragmentsHtml()).singleElement().asString()
                .contains("<em>consumers</em>").contains("&lt;img src=x onerror=alert(1)&gt;");

        assertThat(awaitHits(first, member, "cafe " + word, 1).hits()).extracting(ArticleHit::title)
                .containsExactly("Café culture " + word);
        assertThat(search(first, otherTeamsMember, word).total()).isZero();
    }

    @Test
    @Order(2)
    void aRevisionSavedThroughOneInstanceIsFoundThroughAnother() {
        String before = "kestrel" + System.nanoTime() % 100000;
        String after = "osprey" + System.nanoTime() % 100000;
        var article = first.bean(ArticleService.class).create(member, team, draft("Tuning " + before, "Heap sizes."));
        sharedArticle = article.id();
        try (var second = PlannerInstance.start(database)) {
            assertThat(awaitHits(second, member, before, 1).hits()).extracting(ArticleHit::id)
                    .containsExactly(article.id());
            second.bean(ArticleService.class).revise(member, article.id(), article.version(),
                    draft("Tuning " + after, "Heap sizes."));
            assertThat(awaitHits(first, member, after, 1).hits()).extracting(ArticleHit::id)
                    .containsExactly(article.id());
            assertThat(search(first, member, before).total()).isZero();
        }
    }

    @Test
    @Order(3)
    void anInstanceStartingOnAnIndexBehindTheDatabaseRebuildsItUnlessAnotherIsRebuildingIt() {
        long stored = first.bean(JdbcTemplate.class).queryForObject("select count(*) from article", Long.class);
        var mapping = Search.mapping(first.bean(EntityManagerFactory.class));
        mapping.scope(Article.class).workspace().purge();
        mapping.scope(Article.class).workspace().refresh();
        assertThat(indexed(first)).isZero();
        first.close();
        first = null;

        // While another instance holds the rebuild lock, one starting leaves the shared index to it. (No event
        // processor here and below: only the rebuild on start could fill the index.)
        var otherInstance = ScheduledJobLocks.lockProviderFor(
                new DriverManagerDataSource(database.url(), database.user(), database.password()), "rebuilding");
        var lock = otherInstance.lock(new LockConfiguration(TestClock.configuredStart(), "knowledge-index-rebuild",
                Duration.ofMinutes(10), Duration.ZERO)).orElseThrow();
        try (var leaving = PlannerInstance.start(database,
                "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false")) {
            assertThat(indexed(leaving)).as("articles indexed by an instance that left the rebuild to another")
                    .isZero();
        } finally {
            lock.unlock();
        }

        // the lock free, the next instance to start rebuilds
        try (var restarted = PlannerInstance.start(database,
                "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false")) {
            await().atMost(INDEXED_WITHIN).until(() -> indexed(restarted) == stored);
            assertThat(search(restarted, member, "heap").hits()).extracting(ArticleHit::id).contains(sharedArticle);
        }
    }

    @Test
    @Order(4)
    void aSaveWhoseInstanceDiedBeforeIndexingItIsIndexedByTheNextInstance() {
        String word = "albatross" + System.nanoTime() % 100000;
        // an instance whose event processor never gets to the event: as if it died right after its commit
        try (var dying = PlannerInstance.start(database,
                "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false")) {
            var article = dying.bean(ArticleService.class).details(member, sharedArticle);
            dying.bean(ArticleService.class).revise(member, sharedArticle, article.version(),
                    draft("Tuning " + word, "Heap sizes."));
            assertThat(pendingEvents(dying)).isPositive();
            assertThat(search(dying, member, word).total()).isZero();
        }
        try (var next = PlannerInstance.start(database)) {
            assertThat(awaitHits(next, member, word, 1).hits()).extracting(ArticleHit::id)
                    .containsExactly(sharedArticle);
            await().atMost(INDEXED_WITHIN).until(() -> pendingEvents(next) == 0);
        }
    }

    private static SearchPage awaitHits(PlannerInstance instance, Actor actor, String text, int atLeast) {
        return await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> search(instance, actor, text), page -> page.total() >= atLeast);
    }

    private static SearchPage search(PlannerInstance instance, Actor actor, String text) {
        return instance.bean(ArticleSearch.class).search(actor, text, 0, 10);
    }

    private static long indexed(PlannerInstance instance) {
        try (var em = instance.bean(EntityManagerFactory.class).createEntityManager()) {
            return Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private static long pendingEvents(PlannerInstance instance) {
        return instance.bean(JdbcTemplate.class).queryForObject("select count(*) from hsearch_outbox_event", Long.class);
    }

    private static ArticleDraft draft(String title, String body, String... tags) {
        LocalDate start = LocalDate.ofInstant(TestClock.configuredStart(), ZoneOffset.UTC);
        return new ArticleDraft(title, body, List.of(tags), start.plusMonths(6), Set.of(), Set.of(), List.of());
    }
}
