package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Many teams' articles and later revisions for the knowledge-base figures: two queries. */
interface KnowledgeOutcomeQueries extends Repository<Article, Long> {

    record ArticleDates(long articleId, long teamId, Instant createdAt, LocalDate reviewBy) {
    }

    record RevisionDate(long articleId, Instant savedAt) {
    }

    @Query("""
            select new org.peerplanner.domain.knowledge.KnowledgeOutcomeQueries$ArticleDates(a.id, a.teamId, a.createdAt,
                   a.reviewBy)
            from Article a where a.teamId in :teamIds
            """)
    List<ArticleDates> articles(Collection<Long> teamIds);

    /** Revisions after the first (the first revision is the writing itself) saved since {@code from}. */
    @Query("""
            select new org.peerplanner.domain.knowledge.KnowledgeOutcomeQueries$RevisionDate(r.articleId, r.savedAt)
            from ArticleRevision r, Article a where a.id = r.articleId and a.teamId in :teamIds and r.number > 1
              and r.savedAt >= :from
            """)
    List<RevisionDate> revisions(Collection<Long> teamIds, Instant from);
}
