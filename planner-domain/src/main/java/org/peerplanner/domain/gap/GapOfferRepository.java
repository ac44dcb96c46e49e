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
}
