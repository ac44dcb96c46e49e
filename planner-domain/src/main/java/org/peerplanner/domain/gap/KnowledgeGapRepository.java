package org.peerplanner.domain.gap;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeGapRepository extends JpaRepository<KnowledgeGap, Long> {

    /** Open, unmerged gaps of a team with their tags and formats, for the rotation's topic choice. */
    @org.springframework.data.jpa.repository.Query("""
            select g from KnowledgeGap g
            where g.teamId = :teamId and g.status = org.peerplanner.domain.gap.GapStatus.OPEN and g.mergedInto is null
            """)
    java.util.List<KnowledgeGap> findOpenForPlanning(long teamId);

    /** Title and each tag (null for a gap without tags) of the open or planned, unmerged gaps a person raised or voted for. */
    @Query("""
            select g.id, g.title, t from KnowledgeGap g left join g.tags t
            where g.status in (org.peerplanner.domain.gap.GapStatus.OPEN, org.peerplanner.domain.gap.GapStatus.PLANNED)
              and g.mergedInto is null
              and (g.reporterId = :personId or exists (select 1 from GapVote v where v.gap = g and v.personId = :personId))
            order by g.id
            """)
    List<Object[]> findOpenRaisedOrVotedBy(long personId);

    List<KnowledgeGap> findByTeamIdAndStatusOrderById(long teamId, GapStatus status);


    /**
     * The board's filter. Confidential gaps only for those who may see them ({@code seesConfidential}
     * for managers and administrators, otherwise their reporter); merged duplicates only on request.
     * {@code search} and {@code tag} are lowercase, '' for no filter.
     */
    String BOARD_FILTER = """
            where g.teamId = :teamId
              and (g.confidential = false or :seesConfidential = true or g.reporterId = :viewerId)
              and g.status in :statuses
              and (:source is null or g.source = :source)
              and (:urgency is null or g.urgency = :urgency)
              and (:includeMerged = true or g.mergedInto is null)
              and (:search = '' or lower(g.title) like concat('%', :search, '%')
                                or lower(g.description) like concat('%', :search, '%'))
              and (:tag = '' or exists (select 1 from KnowledgeGap t join t.tags tag
                                        where t.id = g.id and lower(tag) = :tag))
            """;

    @Query("""
            select new org.peerplanner.domain.gap.GapCandidate(g.id, g.version, g.title, g.status, g.source, g.urgency,
                g.importedVotes, (select count(v) from GapVote v where v.gap.id = g.id), g.reportedOn, g.reporterId,
                g.confidential)
            from KnowledgeGap g
            """ + BOARD_FILTER)
    List<GapCandidate> findBoardCandidates(long teamId, long viewerId, boolean seesConfidential,
                                           Collection<GapStatus> statuses, GapSource source, Urgency urgency,
                                           boolean includeMerged, String search, String tag);

    @Query("select count(g) from KnowledgeGap g " + BOARD_FILTER)
    long countBoard(long teamId, long viewerId, boolean seesConfidential, Collection<GapStatus> statuses,
                    GapSource source, Urgency urgency, boolean includeMerged, String search, String tag);

    /**
     * The next chunk of a team's visible gaps after {@code afterId}, in id order (keyset paging), merged duplicates
     * included (flagged; the caller leaves them out). Filtering them here would make MariaDB walk the merged_into_id
     * index's NULL entries of every team for each chunk; without that condition the keyset runs on
     * ix_knowledge_gap_team_id (team_id, id), V7.
     */
    @Query("""
            select new org.peerplanner.domain.gap.GapExportData(g.id, g.title, g.description, g.status, g.source,
                g.sourceReference, g.urgency, g.importedVotes, (select count(v) from GapVote v where v.gap.id = g.id),
                g.reportedOn, g.reporterId, g.confidential, case when g.mergedInto is null then false else true end)
            from KnowledgeGap g
            where g.teamId = :teamId and g.id > :afterId
              and (g.confidential = false or :seesConfidential = true or g.reporterId = :viewerId)
            order by g.id
            """)
    List<GapExportData> findExportChunk(long teamId, long afterId, long viewerId, boolean seesConfidential,
                                        Pageable chunk);

    /** Tags of a team's gaps with an id in (afterId, lastId]: a key range, not a list of thousands of ids. */
    @Query("""
            select new org.peerplanner.domain.gap.GapTag(g.id, t) from KnowledgeGap g join g.tags t
            where g.teamId = :teamId and g.id > :afterId and g.id <= :lastId
            """)
    List<GapTag> findTagsInRange(long teamId, long afterId, long lastId);

    /** Offers on a team's gaps with an id in (afterId, lastId], oldest first. */
    @Query("""
            select new org.peerplanner.domain.gap.GapLink(o.gap.id, o.personId) from GapOffer o
            where o.gap.teamId = :teamId and o.gap.id > :afterId and o.gap.id <= :lastId
            order by o.offeredAt, o.id
            """)
    List<GapLink> findOffersInRange(long teamId, long afterId, long lastId);

    /** Open (open or planned), unmerged gaps of a team the viewer may see: candidates for duplicates. */
    @Query("""
            select new org.peerplanner.domain.gap.GapTitle(g.id, g.title, g.status)
            from KnowledgeGap g
            where g.teamId = :teamId and g.mergedInto is null
              and g.status in (org.peerplanner.domain.gap.GapStatus.OPEN, org.peerplanner.domain.gap.GapStatus.PLANNED)
              and (g.confidential = false or :seesConfidential = true or g.reporterId = :viewerId)
            """)
    List<GapTitle> findOpenTitles(long teamId, long viewerId, boolean seesConfidential);

    @Query("select new org.peerplanner.domain.gap.GapTag(g.id, t) from KnowledgeGap g join g.tags t where g.id in :gapIds")
    List<GapTag> findTags(Collection<Long> gapIds);

    @Query("select new org.peerplanner.domain.gap.GapLink(o.gap.id, o.personId) from GapOffer o where o.gap.id in :gapIds order by o.offeredAt, o.id")
    List<GapLink> findOffers(Collection<Long> gapIds);

    @Query("select v.gap.id from GapVote v where v.personId = :personId and v.gap.id in :gapIds")
    List<Long> findVotedBy(long personId, Collection<Long> gapIds);

    @Query("select new org.peerplanner.domain.gap.PersonName(p.id, p.fullName) from Person p where p.id in :personIds")
    List<PersonName> findNames(Collection<Long> personIds);
}
