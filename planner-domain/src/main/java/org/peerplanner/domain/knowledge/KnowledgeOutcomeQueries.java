package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Many teams' articles for the knowledge-base figures, never every article: counts per team, the period's articles
 * and revisions as rows. Three queries whatever the number of teams or articles.
 */
interface KnowledgeOutcomeQueries extends Repository<Article, Long> {

    record ArticleCounts(long teamId, long articles, long pastReview) {
    }

    record ArticleDates(long teamId, Instant createdAt, LocalDate reviewBy) {
    }

    record RevisionDate(long teamId, Instant savedAt) {
    }

    /** Per team, its articles and those whose review date is before a day (ix_article_team_review alone). */
    @Query("""
            select new org.peerplanner.domain.knowledge.KnowledgeOutcomeQueries$ArticleCounts(a.teamId, count(a),
                   sum(case when a.reviewBy < :reviewBefore then 1 else 0 end))
            from Article a where a.teamId in :teamIds
            group by a.teamId
            """)
    List<ArticleCounts> counts(Collection<Long> teamIds, LocalDate reviewBefore);

    /**
     * Articles written from {@code from} until before {@code to}, and those to be reviewed from {@code reviewFrom}
     * until before {@code reviewTo}: the few days on which the teams' "today" differs from zone to zone.
     */
    @Query("""
            select new org.peerplanner.domain.knowledge.KnowledgeOutcomeQueries$ArticleDates(a.teamId, a.createdAt,
                   a.reviewBy)
            from Article a
            where a.teamId in :teamIds and (a.createdAt >= :from and a.createdAt < :to
                                            or a.reviewBy >= :reviewFrom and a.reviewBy < :reviewTo)
            """)
    List<ArticleDates> articles(Collection<Long> teamIds, Instant from, Instant to, LocalDate reviewFrom,
                                LocalDate reviewTo);

    /** Revisions after the first (the first revision is the writing itself) saved since {@code from}. */
    @Query("""
            select new org.peerplanner.domain.knowledge.KnowledgeOutcomeQueries$RevisionDate(a.teamId, r.savedAt)
            from ArticleRevision r, Article a where a.id = r.articleId and a.teamId in :teamIds and r.number > 1
              and r.savedAt >= :from
            """)
    List<RevisionDate> revisions(Collection<Long> teamIds, Instant from);
}
