package org.peerplanner.domain.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<LearningSession, Long> {

    @Query("""
            select s from LearningSession s
            where s.teamId = :teamId and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt
            """)
    List<LearningSession> findBetween(long teamId, Instant from, Instant to);

    @Query("""
            select s from LearningSession s
            where s.teamId = :teamId and s.startsAt < :before and s.status in :statuses
            order by s.startsAt desc
            """)
    List<LearningSession> findPast(long teamId, Instant before, Collection<SessionStatus> statuses, Pageable page);

    @Query("""
            select s from LearningSession s
            where s.teamId = :teamId and s.slotDate >= :from and s.status in :statuses
            order by s.startsAt
            """)
    List<LearningSession> findFromSlot(long teamId, LocalDate from, Collection<SessionStatus> statuses);

    /** Held sessions of a team, for the rotation's history and the fairness report. */
    @Query("""
            select s from LearningSession s
            where s.teamId = :teamId and s.status = org.peerplanner.domain.session.SessionStatus.HELD
              and s.slotDate >= :from and s.slotDate <= :to
            order by s.slotDate
            """)
    List<LearningSession> findHeld(long teamId, LocalDate from, LocalDate to);

    /** Sessions of some teams starting from {@code from}: what calendar feeds carry. */
    List<LearningSession> findByTeamIdInAndStartsAtGreaterThanEqualOrderByStartsAt(Collection<Long> teamIds, Instant from);

    @Query("select s from LearningSession s join s.gapIds g where g = :gapId order by s.startsAt")
    List<LearningSession> findByGap(long gapId);

    /** Per person, how many of the team's held sessions in the period they came to: [personId, count]. */
    @Query("""
            select a, count(s) from LearningSession s join s.attendedIds a
            where s.teamId = :teamId and s.status = org.peerplanner.domain.session.SessionStatus.HELD
              and s.slotDate >= :from and s.slotDate <= :to
            group by a
            """)
    List<Object[]> countAttendance(long teamId, LocalDate from, LocalDate to);

    @Query("""
            select count(s) from LearningSession s
            where s.teamId = :teamId and s.status = org.peerplanner.domain.session.SessionStatus.HELD
              and s.slotDate >= :from and s.slotDate <= :to
            """)
    long countHeld(long teamId, LocalDate from, LocalDate to);

    @Query("""
            select min(s.slotDate) from LearningSession s
            where s.teamId = :teamId and s.status = org.peerplanner.domain.session.SessionStatus.HELD
            """)
    Optional<LocalDate> findFirstHeldSlot(long teamId);

    long countByTeamIdAndStatusIn(long teamId, Collection<SessionStatus> statuses);

    boolean existsByTeamIdAndSlotDateAndStatusIn(long teamId, LocalDate slotDate, Collection<SessionStatus> statuses);

    /**
     * The volunteer race in one statement: only an open slot (no facilitator) is taken, so of many
     * concurrent volunteers exactly one gets 1 back.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update LearningSession s
               set s.facilitatorId = :personId, s.version = s.version + 1, s.revision = s.revision + 1,
                   s.updatedAt = :now
             where s.id = :sessionId and s.facilitatorId is null
               and s.status = org.peerplanner.domain.session.SessionStatus.PLANNED
            """)
    int takeOpenSlot(long sessionId, long personId, Instant now);
}
