package org.peerplanner.domain.gap;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do with a gap on the board: say "me too" and offer to teach it. The reporter may
 * vote on their own gap like anyone else: managers often log gaps on the team's behalf, so logging
 * is not counted as a vote, and a reporter who needs the knowledge says so the same way as others.
 */
@Service
@Transactional(readOnly = true)
public class GapParticipationService {

    private final KnowledgeGapRepository gaps;
    private final GapGuard guard;
    private final GapDetailsView view;

    GapParticipationService(KnowledgeGapRepository gaps, GapGuard guard, GapDetailsView view) {
        this.gaps = gaps;
        this.guard = guard;
        this.view = view;
    }

    /** "Me too." Voting twice counts once. */
    @Transactional
    public GapDetails vote(Actor actor, long gapId) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        guard.requireMember(actor, gap.getTeamId(), "vote on knowledge gaps");
        gap.vote(actor.personId(), guard.now());
        return save(actor, gap);
    }

    @Transactional
    public GapDetails unvote(Actor actor, long gapId) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        gap.unvote(actor.personId());
        return save(actor, gap);
    }

    /** "I can teach this", with an optional note ("I can do the consumer side, not Streams"). */
    @Transactional
    public GapDetails offerToTeach(Actor actor, long gapId, String note) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        guard.requireMember(actor, gap.getTeamId(), "offer to teach");
        gap.offerToTeach(actor.personId(), note, guard.now());
        return save(actor, gap);
    }

    @Transactional
    public GapDetails withdrawOffer(Actor actor, long gapId) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        gap.withdrawOffer(actor.personId());
        return save(actor, gap);
    }

    /**
     * The unique (gap, person) constraints are the last word: the same person clicking in two
     * windows at once loses one request with a conflict, and their vote or offer is there once.
     */
    private GapDetails save(Actor actor, KnowledgeGap gap) {
        try {
            gaps.flush(); // the gap is managed: flushing (not merging) surfaces conflicts here
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("This knowledge gap");
        }
        return view.of(actor, gap);
    }
}
