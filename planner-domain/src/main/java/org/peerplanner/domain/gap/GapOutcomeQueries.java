package org.peerplanner.domain.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The few columns the outcome figures read of many teams' gaps: gaps logged since a day plus every gap still open,
 * their steps, and each team's last closing as an aggregate. Three queries whatever the history's length.
 */
interface GapOutcomeQueries extends Repository<KnowledgeGap, Long> {

    record GapDates(long gapId, long teamId, LocalDate reportedOn, GapStatus status) {
    }

    record GapStep(long gapId, GapStatus toStatus, Instant happenedAt) {
    }

    record LastClosed(long teamId, Instant closedAt) {
    }

    record LoggedInMonth(long teamId, int year, int month, long gaps) {
    }

    /** Gaps that are neither declined nor merged into another, logged on or after {@code from} or still open. */
    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$GapDates(g.id, g.teamId, g.reportedOn, g.status)
            from KnowledgeGap g
            where g.teamId in :teamIds and g.mergedInto is null
              and g.status <> org.peerplanner.domain.gap.GapStatus.DECLINED
              and (g.reportedOn >= :from or g.status in (org.peerplanner.domain.gap.GapStatus.OPEN,
                                                         org.peerplanner.domain.gap.GapStatus.PLANNED))
            """)
    List<GapDates> gaps(Collection<Long> teamIds, LocalDate from);

    /** The addressing and closing steps of the gaps {@link #gaps} answers. */
    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$GapStep(g.id, h.toStatus, h.happenedAt)
            from GapHistoryEntry h join h.gap g
            where g.teamId in :teamIds and g.mergedInto is null
              and g.status <> org.peerplanner.domain.gap.GapStatus.DECLINED
              and (g.reportedOn >= :from or g.status in (org.peerplanner.domain.gap.GapStatus.OPEN,
                                                         org.peerplanner.domain.gap.GapStatus.PLANNED))
              and h.toStatus in (org.peerplanner.domain.gap.GapStatus.ADDRESSED, org.peerplanner.domain.gap.GapStatus.CLOSED)
            """)
    List<GapStep> steps(Collection<Long> teamIds, LocalDate from);

    /** Per team, the last closing step of a gap that is closed now (a reopened gap's closing does not count). */
    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$LastClosed(g.teamId, max(h.happenedAt))
            from GapHistoryEntry h join h.gap g
            where g.teamId in :teamIds and g.mergedInto is null
              and g.status = org.peerplanner.domain.gap.GapStatus.CLOSED
              and h.toStatus = org.peerplanner.domain.gap.GapStatus.CLOSED
            group by g.teamId
            """)
    List<LastClosed> lastClosed(Collection<Long> teamIds);

    /** Per team and month of logging, the gaps logged between two days (neither declined nor merged): the overview's. */
    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$LoggedInMonth(g.teamId, year(g.reportedOn),
                   month(g.reportedOn), count(g))
            from KnowledgeGap g
            where g.teamId in :teamIds and g.reportedOn >= :from and g.reportedOn <= :to and g.mergedInto is null
              and g.status <> org.peerplanner.domain.gap.GapStatus.DECLINED
            group by g.teamId, year(g.reportedOn), month(g.reportedOn)
            """)
    List<LoggedInMonth> loggedPerMonth(Collection<Long> teamIds, LocalDate from, LocalDate to);

    /** As {@link #lastClosed}, among the closing steps since an instant only: the overview's flag needs no older one. */
    @Query("""
            select new org.peerplanner.domain.gap.GapOutcomeQueries$LastClosed(g.teamId, max(h.happenedAt))
            from GapHistoryEntry h join h.gap g
            where h.toStatus = org.peerplanner.domain.gap.GapStatus.CLOSED and h.happenedAt >= :since
              and g.teamId in :teamIds and g.mergedInto is null
              and g.status = org.peerplanner.domain.gap.GapStatus.CLOSED
            group by g.teamId
            """)
    List<LastClosed> lastClosedSince(Collection<Long> teamIds, Instant since);
}
