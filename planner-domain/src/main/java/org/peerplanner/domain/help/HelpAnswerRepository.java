package org.peerplanner.domain.help;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelpAnswerRepository extends JpaRepository<HelpAnswer, Long> {

    List<HelpAnswer> findByRequestIdOrderByCreatedAtAscIdAsc(long requestId);

    boolean existsByRequestIdAndAuthorIdNot(long requestId, long authorId);

    /** How many distinct requests each person answered since {@code since}: the load routing spreads. */
    @Query("""
            select a.authorId, count(distinct a.requestId) from HelpAnswer a
            where a.createdAt >= :since and a.authorId in :people
            group by a.authorId
            """)
    List<Object[]> countAnsweredSince(Collection<Long> people, Instant since);

    /** The same for everyone, for routing across a whole organisation (one statement, grouped in the database). */
    @Query("""
            select a.authorId, count(distinct a.requestId) from HelpAnswer a
            where a.createdAt >= :since
            group by a.authorId
            """)
    List<Object[]> countAnsweredSinceByAnyone(Instant since);

    @Query("select a.requestId, count(a) from HelpAnswer a where a.requestId in :requests group by a.requestId")
    List<Object[]> countByRequests(Collection<Long> requests);
}
