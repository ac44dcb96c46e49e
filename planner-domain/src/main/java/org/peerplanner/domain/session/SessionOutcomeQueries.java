package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Held and cancelled sessions of many teams with slot dates in a period, the skill tags of the gaps they covered,
 * each member's first turns over the whole history (an aggregate) and the attendance per month and person (an
 * aggregate): four queries, whatever the number of teams or the length of their history.
 */
interface SessionOutcomeQueries extends Repository<LearningSession, Long> {

    record SessionRow(long sessionId, long teamId, LocalDate slotDate, SessionStatus status, Long facilitatorId,
                      Long coFacilitatorId, String cancelReason) {
    }

    record SessionTag(long sessionId, String tag) {
    }

    record FirstTurn(long teamId, long personId, LocalDate firstLed, LocalDate firstCoLed) {
    }

    record MonthlyAttendance(long teamId, int year, int month, long personId, long sessions) {
    }

    record HeldInMonth(long teamId, int year, int month, long sessions, long attendances) {
    }

    record TagLeadsRow(long teamId, LocalDate slotDate, Long facilitatorId, String tag, long sessions) {
    }

    @Query("""
            select new org.peerplanner.domain.session.SessionOutcomeQueries$SessionRow(s.id, s.teamId, s.slotDate,
                   s.status, s.facilitatorId, s.coFacilitatorId, s.cancelReason)
            from LearningSession s
            where s.teamId in :teamIds and s.slotDate >= :from and s.slotDate <= :to
              and s.status in (org.peerplanner.domain.session.SessionStatus.HELD,
                               org.peerplanner.domain.session.SessionStatus.CANCELLED)
            """)
    List<SessionRow> sessions(Collection<Long> teamIds, LocalDate from, LocalDate to);

    /** A session's skill tags are those of the gaps it covered. */
    @Query("""
            select distinct new org.peerplanner.domain.session.SessionOutcomeQueries$SessionTag(s.id, t)
            from LearningSession s join s.gapIds gapId join KnowledgeGap g on g.id = gapId join g.tags t
            where s.teamId in :teamIds and s.slotDate >= :from and s.slotDate <= :to
              and s.status = org.peerplanner.domain.session.SessionStatus.HELD
            """)
    List<SessionTag> tags(Collection<Long> teamIds, LocalDate from, LocalDate to);

    /** Per member, the first held session they led and co-led on or after the day they joined the team. */
    @Query("""
            select new org.peerplanner.domain.session.SessionOutcomeQueries$FirstTurn(s.teamId, m.person.id,
                   min(case when s.facilitatorId = m.person.id then s.slotDate end),
                   min(case when s.coFacilitatorId = m.person.id then s.slotDate end))
            from LearningSession s join Membership m on m.team.id = s.teamId
                   and (s.facilitatorId = m.person.id or s.coFacilitatorId = m.person.id)
            where s.teamId in :teamIds and s.status = org.peerplanner.domain.session.SessionStatus.HELD
              and s.slotDate >= m.joinedOn
            group by s.teamId, m.person.id
            """)
    List<FirstTurn> firstTurns(Collection<Long> teamIds);

    /** Per team, month of the slot date and person: the held sessions they were ticked present at. */
    @Query("""
            select new org.peerplanner.domain.session.SessionOutcomeQueries$MonthlyAttendance(s.teamId,
                   year(s.slotDate), month(s.slotDate), a, count(s))
            from LearningSession s join s.attendedIds a
            where s.teamId in :teamIds and s.slotDate >= :from and s.slotDate <= :to
              and s.status = org.peerplanner.domain.session.SessionStatus.HELD
            group by s.teamId, year(s.slotDate), month(s.slotDate), a
            """)
    List<MonthlyAttendance> attendance(Collection<Long> teamIds, LocalDate from, LocalDate to);

    /** The overview's: per team and month of the slot date, the held sessions and the attendances ticked at them. */
    @Query("""
            select new org.peerplanner.domain.session.SessionOutcomeQueries$HeldInMonth(s.teamId, year(s.slotDate),
                   month(s.slotDate), count(distinct s.id), count(a))
            from LearningSession s left join s.attendedIds a
            where s.teamId in :teamIds and s.slotDate >= :from and s.slotDate <= :to
              and s.status = org.peerplanner.domain.session.SessionStatus.HELD
            group by s.teamId, year(s.slotDate), month(s.slotDate)
            """)
    List<HeldInMonth> heldPerMonth(Collection<Long> teamIds, LocalDate from, LocalDate to);

    /** The overview's: held sessions per team, day, lead and skill tag (a session once per tag). */
    @Query("""
            select new org.peerplanner.domain.session.SessionOutcomeQueries$TagLeadsRow(s.teamId, s.slotDate,
                   s.facilitatorId, t, count(distinct s.id))
            from LearningSession s join s.gapIds gapId join KnowledgeGap g on g.id = gapId join g.tags t
            where s.teamId in :teamIds and s.slotDate >= :from and s.slotDate <= :to
              and s.status = org.peerplanner.domain.session.SessionStatus.HELD
            group by s.teamId, s.slotDate, s.facilitatorId, t
            """)
    List<TagLeadsRow> tagLeads(Collection<Long> teamIds, LocalDate from, LocalDate to);
}
