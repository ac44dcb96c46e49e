package org.peerplanner.domain.gap;

import java.util.ArrayList;
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

    /**
     * The open gaps a person raised or voted for, with their tags, in one statement: what they want to learn, in
     * their own words (peer mentoring matches mentors to them).
     */
    public List<OwnGap> openGapsOf(long personId) {
        var byId = new java.util.LinkedHashMap<Long, OwnGap>();
        for (Object[] row : gaps.findOpenRaisedOrVotedBy(personId)) {
            var gap = byId.computeIfAbsent((Long) row[0], id -> new OwnGap(id, (String) row[1], new ArrayList<>()));
            if (row[2] != null) {
                gap.tags().add((String) row[2]);
            }
        }
        return byId.values().stream().map(g -> new OwnGap(g.gapId(), g.title(), List.copyOf(g.tags()))).toList();
    }

    /** An open gap someone raised or voted for. */
    public record OwnGap(long gapId, String title, List<String> tags) {
    }

    /** Who offered to lead which open or planned gap. */
    public List<OpenGapOffer> offersOnOpenGaps(long teamId) {
        return offers.findOffersOnOpenGaps(teamId);
    }

    /**
     * The team's gaps that stand closed with an article as evidence, with who closed them and when: the history the
     * contribution ledger's backfill starts from. The article is known by the title the history names.
     */
    public List<GapClosedWithEvidence> closedWithEvidence(long teamId) {
        var out = new java.util.ArrayList<GapClosedWithEvidence>();
        for (KnowledgeGap gap : gaps.findByTeamIdAndStatusOrderById(teamId, GapStatus.CLOSED)) {
            var history = gap.getHistory();
            for (int i = history.size() - 1; i >= 0; i--) {
                GapHistoryEntry line = history.get(i);
                if (line.getEvent() == GapEvent.CLOSED) {
                    if (line.getNote() != null && line.getNote().startsWith(KnowledgeGap.CLOSED_WITH_ARTICLE)
                            && line.getPersonId() != null) {
                        out.add(new GapClosedWithEvidence(gap.getId(), teamId, line.getPersonId(), gap.getTitle(),
                                line.getNote().substring(KnowledgeGap.CLOSED_WITH_ARTICLE.length()), line.getHappenedAt()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Who offered to teach open gaps with one of these tags (lower case); a null team means every team. */
    public List<TagTeacher> teachersOfTags(java.util.Collection<String> tagKeys, Long teamId) {
        if (tagKeys.isEmpty()) {
            return List.of();
        }
        return offers.findTeachersOfTags(tagKeys, teamId == null, teamId == null ? List.of(-1L) : List.of(teamId));
    }
}
