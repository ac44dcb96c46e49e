package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SearchMissRepository extends JpaRepository<SearchMiss, Long> {

    /** Counts one more miss in one statement, so two people asking at once both count. */
    @Modifying
    @Query("""
            update SearchMiss m set m.misses = m.misses + 1, m.lastMissedAt = :now, m.version = m.version + 1
            where m.teamId = :teamId and m.queryKey = :queryKey
            """)
    int countAgain(long teamId, String queryKey, Instant now);

    @Query("""
            select m from SearchMiss m where m.teamId = :teamId and m.gapId is null
            order by m.misses desc, m.lastMissedAt desc
            """)
    List<SearchMiss> unanswered(long teamId, Pageable page);

    Optional<SearchMiss> findByIdAndTeamId(long id, long teamId);

    record MissTotals(long teamId, long searches, long queries) {
    }

    @Query("""
            select new org.peerplanner.domain.knowledge.SearchMissRepository$MissTotals(m.teamId, sum(m.misses), count(m))
            from SearchMiss m where m.teamId in :teamIds and m.gapId is null group by m.teamId
            """)
    List<MissTotals> totals(Collection<Long> teamIds);
}
