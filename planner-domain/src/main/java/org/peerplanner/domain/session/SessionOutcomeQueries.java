package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Held and cancelled sessions of many teams, and the skill tags of the gaps they covered: two queries. */
interface SessionOutcomeQueries extends Repository<LearningSession, Long> {

    record SessionRow(long sessionId, long teamId, LocalDate slotDate, SessionStatus status, Long facilitatorId,
                      Long coFacilitatorId, String cancelReason) {
    }

    record SessionTag(long sessionId, String tag) {
    }

    @Query("""
            select new org.peerplanner.domain.session.SessionOutcomeQueries$SessionRow(s.id, s.teamId, s.slotDate,
                   s.status, s.facilitatorId, s.coFacilitatorId, s.cancelReason)
            from LearningSession s
            where s.teamId in :teamIds
              and s.status in (org.peerplanner.domain.session.SessionStatus.HELD,
                               org.peerplanner.domain.session.SessionStatus.CANCELLED)
            """)
    List<SessionRow> sessions(Collection<Long> teamIds);

    /** A session's skill tags are those of the gaps it covered. */
    @Query("""
            select distinct new org.peerplanner.domain.session.SessionOutcomeQueries$SessionTag(s.id, t)
            from LearningSession s join s.gapIds gapId join KnowledgeGap g on g.id = gapId join g.tags t
            where s.teamId in :teamIds and s.status = org.peerplanner.domain.session.SessionStatus.HELD
            """)
    List<SessionTag> tags(Collection<Long> teamIds);
}
