package org.peerplanner.domain.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Items and their list rows. Every list is one projection query whatever the number of items: the rows join
 * owner, team, session and gap, and count the sessions an item has been on the agenda of in a subquery.
 */
interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    String ROW = """
            select new org.peerplanner.domain.action.ItemRow(i.id, i.version, i.teamId, t.name, t.timeZone,
                   i.description, i.ownerId, p.fullName, p.email, i.dueOn, i.status, i.closeNote, i.closedAt,
                   i.closedInSessionId, i.sessionId, s.title, s.format, s.startsAt, s.facilitatorId, s.coFacilitatorId, i.gapId,
                   g.title, g.confidential, g.reporterId, i.agendaFrom, i.updatedAt,
                   (select count(a) from LearningSession a
                     where a.teamId = i.teamId and a.startsAt > i.agendaFrom
                       and a.startsAt <= coalesce(i.closedAt, :now)
                       and a.status <> org.peerplanner.domain.session.SessionStatus.CANCELLED))
            from ActionItem i
              join Team t on t.id = i.teamId
              join Person p on p.id = i.ownerId
              left join LearningSession s on s.id = i.sessionId
              left join KnowledgeGap g on g.id = i.gapId
            """;

    @Query(ROW + " where i.teamId = :teamId")
    List<ItemRow> teamRows(long teamId, Instant now);

    /** A person's items in the teams they are still in. */
    @Query(ROW + """
             where i.ownerId = :personId
               and exists (select m.id from Membership m where m.team.id = i.teamId and m.person.id = :personId)
            """)
    List<ItemRow> ownerRows(long personId, Instant now);

    /**
     * Open items (and those closed at this session) raised before the session started: its "how did it go?" list.
     * Commitments made at a peer roundtable come back only at the team's roundtables, and only they do: they stay
     * with the people who attend those.
     */
    @Query(ROW + """
             where i.teamId = :teamId and i.agendaFrom < :sessionStart
               and (i.status = org.peerplanner.domain.action.ActionItemStatus.OPEN or i.closedInSessionId = :sessionId)
               and (i.sessionId is null or i.sessionId <> :sessionId)
               and ((:roundtable = true and s.format = org.peerplanner.domain.format.SessionFormat.ROUNDTABLE)
                 or (:roundtable = false and (s.id is null
                                              or s.format <> org.peerplanner.domain.format.SessionFormat.ROUNDTABLE)))
            """)
    List<ItemRow> carriedInto(long teamId, long sessionId, Instant sessionStart, boolean roundtable, Instant now);

    /** Items raised at a session. */
    @Query(ROW + " where i.sessionId = :sessionId")
    List<ItemRow> raisedAt(long sessionId, Instant now);

    @Query(ROW + """
             where i.ownerId = :personId and i.status = org.peerplanner.domain.action.ActionItemStatus.OPEN
               and i.dueOn >= :from and i.dueOn <= :to
               and exists (select m.id from Membership m where m.team.id = i.teamId and m.person.id = :personId)
            """)
    List<ItemRow> openDueFor(long personId, LocalDate from, LocalDate to, Instant now);

    /** Open items due by {@code latest}: who might get a reminder. */
    @Query(ROW + """
             where i.status = org.peerplanner.domain.action.ActionItemStatus.OPEN and i.dueOn <= :latest
            """)
    List<ItemRow> openDueBy(LocalDate latest, Instant now);

    /** Of the open items due by {@code latest}, those whose owner is still in the item's team. */
    @Query("""
            select i.id from ActionItem i
            where i.status = org.peerplanner.domain.action.ActionItemStatus.OPEN and i.dueOn <= :latest
              and exists (select m.id from Membership m where m.team.id = i.teamId and m.person.id = i.ownerId)
            """)
    List<Long> openDueByWithOwnerInTeam(LocalDate latest);

    /** Starts of the team's sessions after an instant, soonest first: the default due date is the first's day. */
    @Query("""
            select s.startsAt from LearningSession s
            where s.teamId = :teamId and s.startsAt > :after and s.status in :statuses
            order by s.startsAt
            """)
    List<Instant> sessionStartsAfter(long teamId, Instant after, Collection<SessionStatus> statuses, Pageable page);

    List<ActionItem> findByTeamIdAndStatusOrderById(long teamId, ActionItemStatus status);
}
