package org.peerplanner.domain.mentoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface MentoringRequestRepository extends JpaRepository<MentoringRequest, Long> {

    long countByMenteeIdAndStatusIn(long menteeId, Collection<RequestStatus> statuses);

    boolean existsByMenteeIdAndMentorIdAndGoalKeyAndStatusIn(long menteeId, long mentorId, String goalKey,
                                                             Collection<RequestStatus> statuses);

    List<MentoringRequest> findByMenteeIdOrderByCreatedAtDesc(long menteeId);

    List<MentoringRequest> findByMentorIdOrderByCreatedAtDesc(long mentorId);

    List<MentoringRequest> findByMentorIdAndStatusIn(long mentorId, Collection<RequestStatus> statuses);

    /**
     * Locks the mentee's open requests for one goal, always in id order: two mentors accepting requests of the same
     * mentee queue up here instead of deadlocking, and the second then sees its request already closed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select r from MentoringRequest r
            where r.menteeId = :mentee and r.goalKey = :goalKey and r.status in :statuses
            order by r.id
            """)
    List<MentoringRequest> lockOpenForGoal(long mentee, String goalKey, Collection<RequestStatus> statuses);

    /** The guarded step of accepting: it changes the request only if it is still waiting for the mentor. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MentoringRequest r set r.status = org.peerplanner.domain.mentoring.RequestStatus.ACCEPTED,
                   r.closedAt = :now, r.version = r.version + 1
            where r.id = :id and r.mentorId = :mentor and r.status in :open
            """)
    int accept(long id, long mentor, Collection<RequestStatus> open, Instant now);

    /** When one mentor accepted, the mentee's other open requests for the same goal are withdrawn, politely. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MentoringRequest r set r.status = org.peerplanner.domain.mentoring.RequestStatus.WITHDRAWN,
                   r.withdrawal = org.peerplanner.domain.mentoring.Withdrawal.OTHER_MENTOR,
                   r.closedAt = :now, r.version = r.version + 1
            where r.menteeId = :mentee and r.goalKey = :goalKey and r.status in :open and r.id <> :accepted
            """)
    int withdrawOthers(long mentee, String goalKey, long accepted, Collection<RequestStatus> open, Instant now);

    @Query("select r from MentoringRequest r where r.status = :status and r.waitingSince <= :before order by r.id")
    List<MentoringRequest> findWaitingSince(RequestStatus status, Instant before);

    Optional<MentoringRequest> findByIdAndMenteeId(long id, long menteeId);
}
