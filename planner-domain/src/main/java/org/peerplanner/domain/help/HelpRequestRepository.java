package org.peerplanner.domain.help;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    /**
     * For the outcomes dashboard: the teams' requests asked in a window, each with when someone other than the asker
     * first answered (null while nobody did). One statement for any number of teams.
     */
    @Query("""
            select r.teamId, r.createdAt, r.status,
                (select min(a.createdAt) from HelpAnswer a where a.requestId = r.id and a.authorId <> r.askerId)
            from HelpRequest r
            where r.teamId in :teamIds and r.createdAt >= :from and r.createdAt < :to
            """)
    List<Object[]> askedBetween(Collection<Long> teamIds, Instant from, Instant to);

    long countByAskerIdAndStatus(long askerId, HelpStatus status);

    /**
     * Locks the asker's open requests: two tabs asking at once queue up here, so the limit of open requests holds.
     * Locks nothing for someone with none open; the second ask then still sees the first after it commits.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r.id from HelpRequest r where r.askerId = :asker and r.status = :status order by r.id")
    List<Long> lockOpenOf(long asker, HelpStatus status);

    List<HelpRequest> findByAskerIdOrderByCreatedAtDesc(long askerId, Pageable page);

    /*
     * The board, in four parts merged by HelpRequests.board (an OR across them kept MariaDB from using any index but
     * (status, created_at) and made it test "member of viewers" row by row): each part reads the ids of open rows
     * newest first from its own index, the first two from the index alone (V26); the board then loads the 200 newest.
     */

    /** Open requests of some teams that are not confidential, newest first (ix_help_request_team_open). */
    @Query("""
            select new org.peerplanner.domain.help.BoardRow(r.id, r.createdAt)
            from HelpRequest r
            where r.teamId in :teamIds and r.status = org.peerplanner.domain.help.HelpStatus.OPEN
              and r.confidential = false
            order by r.createdAt desc, r.id desc
            """)
    List<BoardRow> findOpenOfTeams(Collection<Long> teamIds, Pageable page);

    /** Open requests to the whole organisation that are not confidential, newest first (ix_help_request_org_open). */
    @Query("""
            select new org.peerplanner.domain.help.BoardRow(r.id, r.createdAt)
            from HelpRequest r
            where r.wholeOrganisation = true and r.status = org.peerplanner.domain.help.HelpStatus.OPEN
              and r.confidential = false
            order by r.createdAt desc, r.id desc
            """)
    List<BoardRow> findOpenToEveryone(Pageable page);

    /** The viewer's own open requests (at most a few: ix_help_request_asker). */
    @Query("""
            select new org.peerplanner.domain.help.BoardRow(r.id, r.createdAt)
            from HelpRequest r
            where r.askerId = :asker and r.status = org.peerplanner.domain.help.HelpStatus.OPEN
            """)
    List<BoardRow> findOpenAskedBy(long asker);

    /** Open requests whose asker picked the viewer to see them (ix_help_request_viewer_person). */
    @Query("""
            select new org.peerplanner.domain.help.BoardRow(r.id, r.createdAt)
            from HelpRequest r join r.viewers v
            where v = :viewer and r.status = org.peerplanner.domain.help.HelpStatus.OPEN
            order by r.createdAt desc, r.id desc
            """)
    List<BoardRow> findOpenShownTo(long viewer, Pageable page);

    @Query("select r from HelpRequest r where r.id in :ids")
    List<HelpRequest> findAllIn(Collection<Long> ids);

    @Query("""
            select r from HelpRequest r
            where r.status = org.peerplanner.domain.help.HelpStatus.OPEN and r.escalateAt is not null
              and r.escalateAt <= :now
            order by r.id
            """)
    List<HelpRequest> findDueForEscalation(Instant now);

    @Query("""
            select r from HelpRequest r
            where r.status = org.peerplanner.domain.help.HelpStatus.OPEN and r.gapAskedAt is null
              and r.createdAt <= :before
            order by r.id
            """)
    List<HelpRequest> findUnsolvedSince(Instant before);

    @Query("""
            select r from HelpRequest r
            where r.status = org.peerplanner.domain.help.HelpStatus.OPEN and r.teamId = :teamId
              and r.kind = org.peerplanner.domain.help.HelpKind.SPECIFIC_HELP and r.roundtableConsent = true
            order by r.createdAt
            """)
    List<HelpRequest> findRoundtableCandidates(long teamId);

    long countByAnsweredByArticle(long articleId);
}
