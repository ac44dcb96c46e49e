package org.peerplanner.domain.gap;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of knowledge gaps (sessions, feeds and plans name them). The
 * repositories stay inside this package; changes go through the gap services.
 */
@Component
@Transactional(readOnly = true)
public class GapLookup {

    private final KnowledgeGapRepository gaps;
    private final GapOfferRepository offers;

    GapLookup(KnowledgeGapRepository gaps, GapOfferRepository offers) {
        this.gaps = gaps;
        this.offers = offers;
    }

    public Optional<KnowledgeGap> gap(long gapId) {
        return gaps.findById(gapId);
    }

    public List<KnowledgeGap> gaps(Iterable<Long> gapIds) {
        return gaps.findAllById(gapIds);
    }

    /** Open gaps, not merged away, that a plan may pick as topics. */
    public List<KnowledgeGap> openForPlanning(long teamId) {
        return gaps.findOpenForPlanning(teamId);
    }

    /** Who offered to lead which open or planned gap. */
    public List<OpenGapOffer> offersOnOpenGaps(long teamId) {
        return offers.findOffersOnOpenGaps(teamId);
    }

    /** Who offered to teach open gaps with one of these tags (lower case); a null team means every team. */
    public List<TagTeacher> teachersOfTags(java.util.Collection<String> tagKeys, Long teamId) {
        if (tagKeys.isEmpty()) {
            return List.of();
        }
        return offers.findTeachersOfTags(tagKeys, teamId == null, teamId == null ? List.of(-1L) : List.of(teamId));
    }
}
