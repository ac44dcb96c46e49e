package org.peerplanner.domain.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Many teams' action items for the follow-through figures: one query for the items due or written since a day, the
 * carried-over count as a subquery only for the items written since then (the only ones it is shown for).
 */
interface ActionOutcomeQueries extends Repository<ActionItem, Long> {

    record ItemDates(long teamId, long ownerId, Instant createdAt, LocalDate dueOn, ActionItemStatus status,
                     Instant closedAt, long sessionsOnAgenda) {
    }

    /**
     * Carried over = the team's sessions (not cancelled) an item was on the agenda of, as the team review counts;
     * 0 for items written before {@code writtenFrom}.
     */
    @Query("""
            select new org.peerplanner.domain.action.ActionOutcomeQueries$ItemDates(i.teamId, i.ownerId, i.createdAt,
                   i.dueOn, i.status, i.closedAt,
                   case when i.createdAt >= :writtenFrom then
                       (select count(a) from LearningSession a
                         where a.teamId = i.teamId and a.startsAt > i.agendaFrom
                           and a.startsAt <= coalesce(i.closedAt, :now)
                           and a.status <> org.peerplanner.domain.session.SessionStatus.CANCELLED)
                   else 0L end)
            from ActionItem i
            where i.teamId in :teamIds and (i.dueOn >= :dueFrom or i.createdAt >= :writtenFrom)
            """)
    List<ItemDates> items(Collection<Long> teamIds, Instant now, LocalDate dueFrom, Instant writtenFrom);
}
