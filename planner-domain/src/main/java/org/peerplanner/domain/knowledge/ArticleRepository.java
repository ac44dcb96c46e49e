package org.peerplanner.domain.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findByTeamIdOrderByUpdatedAtDescIdDesc(long teamId);

    @Query("select a from Article a where a.teamId = :teamId and a.reviewBy < :today order by a.reviewBy, a.id")
    List<Article> findStale(long teamId, LocalDate today);

    @Query("select a from Article a join a.gapIds g where g = :gapId order by a.updatedAt desc, a.id desc")
    List<Article> findLinkingGap(long gapId);

    @Query("select a from Article a join a.sessionIds s where s = :sessionId order by a.id")
    List<Article> findLinkingSession(long sessionId);
}
