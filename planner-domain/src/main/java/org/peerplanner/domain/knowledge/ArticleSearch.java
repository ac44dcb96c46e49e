package org.peerplanner.domain.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the articles of the viewer's teams. The team filter is part of the Lucene
 * query, so paging and the total count never include other teams' articles. A title match counts
 * most, then a tag, then the body; the matched words come back highlighted. Results are read from
 * the index alone (no database round trip per hit). Gap titles are never indexed, so a confidential
 * gap cannot surface in a result or a highlight.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSearch {

    public static final int MAX_QUERY = 200;
    /**
     * Totals are exact up to this many hits and a lower bound above it. An exact count of every
     * match of a common word would stop Lucene from skipping documents that cannot reach the first page.
     */
    public static final int EXACT_COUNT_UP_TO = 1_000;
    static final float TITLE_BOOST = 4f;
    static final float TAGS_BOOST = 2f;
    /**
     * Fixed extra score for matching in the title or the tags. BM25 weighs a word by how rare it is in
     * that field; in a young knowledge base few articles have tags, so a tag match would count for
     * less than a body match. The bonus keeps "title over tags over body" true at any size.
     */
    static final float TITLE_BONUS = 4f;
    static final float TAGS_BONUS = 2f;

    private final EntityManager entityManager;
    private final TeamAccess access;
    private final UnansweredSearches unanswered;

    ArticleSearch(EntityManager entityManager, TeamAccess access, UnansweredSearches unanswered) {
        this.entityManager = entityManager;
        this.access = access;
        this.unanswered = unanswered;
    }

    /** Searches all of the viewer's teams; {@code text} uses simple syntax ("quoted phrases", -exclude, prefix*). */
    public SearchPage search(Actor actor, String text, int offset, int limit) {
        Map<Long, String> teams = visibleTeams(actor);
        SearchPage page = searchTeams(List.copyOf(teams.keySet()), text, offset, limit, teams);
        // An administrator searches every team but learns in their own: the miss counts for the teams they are in.
        return recordIfNothingFound(page, offset, text, () -> actor.administrator()
                ? access.visibleTeamIds(new Actor(actor.personId(), false)) : teams.keySet());
    }

    /** Searches one team's articles (the viewer must see the team). */
    public SearchPage searchTeam(Actor actor, long teamId, String text, int offset, int limit) {
        access.requireVisibleTeam(actor, teamId);
        SearchPage page = searchTeams(List.of(teamId), text, offset, limit, visibleTeams(actor));
        return recordIfNothingFound(page, offset, text, () -> List.of(teamId));
    }

    /**
     * A first page with nothing on it is a question the knowledge base could not answer: counted for the team by
     * query, never by person. Counting must never cost the searcher their answer, so a failure to count is dropped.
     */
    private SearchPage recordIfNothingFound(SearchPage page, int offset, String text,
                                            java.util.function.Supplier<java.util.Collection<Long>> teams) {
        if (page.total() == 0 && offset <= 0 && text != null && !text.isBlank()) {
            try {
                unanswered.record(teams.get(), text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ArticleSearch.class).warn("Could not count an unanswered search", e);
            }
        }
        return page;
    }

    private SearchPage searchTeams(List<Long> teamIds, String text, int offset, int limit, Map<Long, String> teamNames) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        if (query.isEmpty() || teamIds.isEmpty()) {
            return SearchPage.empty();
        }
        String matching = query;
        SearchResult<Object[]> result = Search.session(entityManager).search(Article.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field("teamId", Long.class),
                        f.field("title", String.class),
                        f.field("tag", String.class).list(),
                        f.field("updatedAt", Instant.class),
                        f.highlight("title").highlighter("title"),
                        f.highlight("body"),
                        f.score()).asArray())
                .where(f -> f.bool()
                        .must(f.simpleQueryString()
                                .field("title").boost(TITLE_BOOST)
                                .field("tags").boost(TAGS_BOOST)
                                .field("body")
                                .matching(matching)
                                .defaultOperator(BooleanOperator.AND))
                        .should(f.simpleQueryString().field("title").matching(matching)
                                .defaultOperator(BooleanOperator.AND).constantScore().boost(TITLE_BONUS))
                        .should(f.simpleQueryString().field("tags").matching(matching)
                                .defaultOperator(BooleanOperator.AND).constantScore().boost(TAGS_BONUS))
                        .filter(f.terms().field("teamId").matchingAny(teamIds)))
                .highlighter(f -> f.unified().tag(Highlights.START, Highlights.END).numberOfFragments(2))
                .highlighter("title", f -> f.unified().tag(Highlights.START, Highlights.END).numberOfFragments(1))
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(Math.max(0, offset), Math.max(1, limit));
        var hits = result.hits().stream().map(row -> hit(row, teamNames)).toList();
        var total = result.total();
        return new SearchPage(hits, total.isHitCountExact() ? total.hitCount() : total.hitCountLowerBound(),
                total.isHitCountExact());
    }

    /**
     * The teams the actor can see, with their names, in one projection query: the rule of
     * {@link TeamAccess#visibleTeamIds} (own teams; administrators all), without loading memberships
     * and teams as entities on every keystroke.
     */
    private Map<Long, String> visibleTeams(Actor actor) {
        var query = actor.administrator()
                ? entityManager.createQuery("select t.id, t.name from Team t", Object[].class)
                : entityManager.createQuery("select t.id, t.name from Membership m join m.team t where m.person.id = :p",
                        Object[].class).setParameter("p", actor.personId());
        return query.getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    @SuppressWarnings("unchecked")
    private static ArticleHit hit(Object[] row, Map<Long, String> teamNames) {
        long teamId = (Long) row[1];
        String title = (String) row[2];
        List<String> titleHighlight = (List<String>) row[5];
        List<String> bodyHighlight = (List<String>) row[6];
        String titleHtml = titleHighlight.isEmpty() ? Highlights.toSafeHtml(title)
                : Highlights.toSafeHtml(titleHighlight.getFirst());
        return new ArticleHit((Long) row[0], teamId, teamNames.getOrDefault(teamId, ""), title, titleHtml,
                (List<String>) row[3], bodyHighlight.stream().map(f -> Highlights.toSafeHtml(Highlights.withoutMarkdown(f))).toList(), (Instant) row[4],
                (Float) row[7]);
    }
}
