package org.peerplanner.domain.gap;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A gap's way from open to closed, driven by the team's managers. The rules of which step may
 * follow which live in {@link KnowledgeGap}; this service checks who is asking and saves.
 */
@Service
@Transactional(readOnly = true)
public class GapLifecycleService {

    private final KnowledgeGapRepository gaps;
    private final GapGuard guard;
    private final GapDetailsView view;
    private final ApplicationEventPublisher events;

    GapLifecycleService(KnowledgeGapRepository gaps, GapGuard guard, GapDetailsView view,
                        ApplicationEventPublisher events) {
        this.gaps = gaps;
        this.guard = guard;
        this.view = view;
        this.events = events;
    }

    /** A session is scheduled for the gap; {@code sessionReference} names it ("12 May: Kafka consumer groups"). */
    @Transactional
    public GapDetails plan(Actor actor, long gapId, String sessionReference) {
        KnowledgeGap gap = guard.managedGap(actor, gapId);
        gap.plan(sessionReference, guard.who(actor), guard.now());
        return save(actor, gap);
    }

    @Transactional
    public GapDetails markAddressed(Actor actor, long gapId, String note) {
        KnowledgeGap gap = guard.managedGap(actor, gapId);
        gap.markAddressed(note, guard.who(actor), guard.now());
        return save(actor, gap);
    }

    @Transactional
    public GapDetails close(Actor actor, long gapId, String note) {
        KnowledgeGap gap = guard.managedGap(actor, gapId);
        gap.close(note, guard.who(actor), guard.now());
        return save(actor, gap);
    }

    /**
     * Closes an addressed gap with an article as its evidence. The knowledge base checks that the
     * article links the gap; here the usual rules hold: the team's managers, a visible gap.
     */
    @Transactional
    public GapDetails closeWithEvidence(Actor actor, long gapId, String articleTitle) {
        KnowledgeGap gap = guard.managedGap(actor, gapId);
        gap.closeWithEvidence(articleTitle, guard.who(actor), guard.now());
        return save(actor, gap);
    }

    @Transactional
    public GapDetails decline(Actor actor, long gapId, String reason) {
        KnowledgeGap gap = guard.managedGap(actor, gapId);
        gap.decline(reason, guard.who(actor), guard.now());
        return save(actor, gap);
    }

    @Transactional
    public GapDetails reopen(Actor actor, long gapId, String note) {
        KnowledgeGap gap = guard.managedGap(actor, gapId);
        gap.reopen(note, guard.who(actor), guard.now());
        GapDetails reopened = save(actor, gap);
        events.publishEvent(new GapReopened(gapId, gap.getTeamId()));
        return reopened;
    }

    /**
     * A session was scheduled for the gap: an open gap becomes PLANNED. Called by the sessions
     * feature, whose own rules decide who may schedule; gaps already planned or finished keep their
     * state (a second session on the same gap is allowed).
     */
    @Transactional
    public void sessionScheduled(Actor actor, long gapId, String sessionReference) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        if (gap.getStatus() == GapStatus.OPEN) {
            gap.plan(sessionReference, guard.who(actor), guard.now());
            save(actor, gap);
        }
    }

    /** The session addressing the gap was held: a planned gap becomes ADDRESSED. */
    @Transactional
    public void sessionHeld(Actor actor, long gapId, String sessionReference) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        if (gap.getStatus() == GapStatus.OPEN) {
            gap.plan(sessionReference, guard.who(actor), guard.now());
        }
        if (gap.getStatus() == GapStatus.PLANNED) {
            gap.markAddressed("Held: " + sessionReference, guard.who(actor), guard.now());
            save(actor, gap);
        }
    }

    /**
     * Folds a duplicate into the gap that survives; both must be the same team's and the actor its
     * manager. Returns the survivor. The duplicate stays, closed, pointing at the survivor.
     */
    @Transactional
    public GapDetails merge(Actor actor, long duplicateId, long intoId, String note) {
        KnowledgeGap duplicate = guard.managedGap(actor, duplicateId);
        KnowledgeGap survivor;
        try {
            survivor = guard.visibleGap(actor, intoId);
        } catch (NotFoundException e) {
            throw new NotFoundException("The gap to merge into");
        }
        duplicate.mergeInto(survivor, note, guard.who(actor), guard.now());
        save(actor, duplicate);
        return save(actor, survivor);
    }

    private GapDetails save(Actor actor, KnowledgeGap gap) {
        try {
            gaps.flush(); // the gap is managed: flushing (not merging) surfaces conflicts here
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This knowledge gap");
        }
        return view.of(actor, gap);
    }
}
