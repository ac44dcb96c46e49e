package org.peerplanner.domain.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SwapRequestRepository extends JpaRepository<SwapRequest, Long> {

    Optional<SwapRequest> findBySessionIdAndStatus(long sessionId, SwapRequest.Status status);

    List<SwapRequest> findBySessionIdInAndStatus(Collection<Long> sessionIds, SwapRequest.Status status);

    @Query("""
            select r from SwapRequest r, LearningSession s
            where r.sessionId = s.id and s.teamId = :teamId and r.status = org.peerplanner.domain.session.SwapRequest.Status.OPEN
            order by s.startsAt
            """)
    List<SwapRequest> findOpenForTeam(long teamId);
}
