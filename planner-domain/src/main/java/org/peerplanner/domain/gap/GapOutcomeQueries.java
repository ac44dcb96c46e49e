package org.peerplanner.domain.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The few columns the outcome figures read of many teams' gaps: two queries whatever the history's length. */
interface GapOutcomeQueries extends Repository<KnowledgeGap, Long> {

    record GapDates(long gapId, long teamId, LocalDate reportedOn, GapStatus status) {
    }

    record GapStep(long gapId, GapStatus toStatus, Instant happenedAt) {
    }

    /** Gaps that are neither declined nor merged into another. */
    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$GapDates(g.id, g.teamId, g.reportedOn, g.status)
            from KnowledgeGap g
            where g.teamId in :teamIds and g.mergedInto is null
              and g.status <> org.peerplanner.domain.gap.GapStatus.DECLINED
            """)
    List<GapDates> gaps(Collection<Long> teamIds);

    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$GapStep(g.id, h.toStatus, h.happenedAt)
            from GapHistoryEntry h join h.gap g
            where g.teamId in :teamIds and g.mergedInto is null
              and h.toStatus in (org.peerplanner.domain.gap.GapStatus.ADDRESSED, org.peerplanner.domain.gap.GapStatus.CLOSED)
            """)
    List<GapStep> steps(Collection<Long> teamIds);
}
