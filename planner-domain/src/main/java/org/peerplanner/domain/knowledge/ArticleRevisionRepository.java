package org.peerplanner.domain.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByNumberDesc(long articleId);

    List<ArticleRevision> findByArticleIdInOrderByArticleIdAscNumberAsc(java.util.Collection<Long> articleIds);

    Optional<ArticleRevision> findByArticleIdAndNumber(long articleId, int number);
}
