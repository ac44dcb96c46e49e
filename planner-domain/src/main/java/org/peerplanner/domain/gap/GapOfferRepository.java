package org.peerplanner.domain.gap;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Offers to teach, as other features (the rotation engine) read them. */
interface GapOfferRepository extends Repository<GapOffer, Long> {

    /** Every offer on the team's open or planned, unmerged gaps, oldest gap and offer first. */
    @Query("""
            select new org.peerplanner.domain.gap.OpenGapOffer(g.id, g.title, g.confidential, o.personId, o.note,
                o.offeredAt)
            from GapOffer o join o.gap g
            where g.teamId = :teamId and g.mergedInto is null
              and g.status in (org.peerplanner.domain.gap.GapStatus.OPEN, org.peerplanner.domain.gap.GapStatus.PLANNED)
            order by g.id, o.offeredAt, o.id
            """)
    List<OpenGapOffer> findOffersOnOpenGaps(long teamId);

    /**
     * Who offered to teach an open or planned, unmerged gap with one of these tags (lower case), in the given teams or
     * (all teams true) anywhere. Only the person and the tag: a confidential gap's title never leaves this package.
     */
    @Query("""
            select distinct new org.peerplanner.domain.gap.TagTeacher(o.personId, lower(t))
            from GapOffer o join o.gap g join g.tags t
            where lower(t) in :tagKeys and g.mergedInto is null
              and (:allTeams = true or g.teamId in :teamIds)
              and g.status in (org.peerplanner.domain.gap.GapStatus.OPEN, org.peerplanner.domain.gap.GapStatus.PLANNED)
            """)
    List<TagTeacher> findTeachersOfTags(java.util.Collection<String> tagKeys, boolean allTeams,
                                        java.util.Collection<Long> teamIds);
}
