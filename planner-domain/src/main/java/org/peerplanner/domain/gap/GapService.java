package org.peerplanner.domain.gap;

import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting knowledge gaps on a team's board and keeping them accurate.
 * <ul>
 *   <li>{@link #log}: a manager records a gap seen in a retro, 1:1, post-mortem... Members may too
 *       when the team allows it ({@link GapPolicyService}).</li>
 *   <li>{@link #propose} and {@link #request}: any member puts a topic on the board, whether or
 *       not members may log gaps, because these say "I will teach this" or "I want to learn this"
 *       about themselves rather than report a problem of the team.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class GapService {

    private final KnowledgeGapRepository gaps;
    private final GapGuard guard;
    private final GapDetailsView view;
    private final GapPolicyService policy;
    private final CommandValidator validator;

    GapService(KnowledgeGapRepository gaps, GapGuard guard, GapDetailsView view, GapPolicyService policy,
               CommandValidator validator) {
        this.gaps = gaps;
        this.guard = guard;
        this.view = view;
        this.policy = policy;
        this.validator = validator;
    }

    public GapDetails details(Actor actor, long gapId) {
        return view.of(actor, guard.visibleGap(actor, gapId));
    }

    /**
     * Records a gap. A manager may name another team member as its reporter (for a gap raised in
     * their 1:1, so they can see it even when it is confidential) and backdate it.
     */
    @Transactional
    public GapDetails log(Actor actor, long teamId, GapDraft draft) {
        guard.requireVisibleTeam(actor, teamId);
        if (!policy.canLogGaps(actor, teamId)) {
            throw new NotPermittedException("Only the team's managers can log knowledge gaps in this team."
                    + " Propose a topic you can teach, or request one you want to learn, instead.");
        }
        return view.of(actor, create(actor, teamId, draft, GapOrigin.LOGGED, null));
    }

    /** A member wants to present a topic of their own: a gap with their offer to teach it attached. */
    @Transactional
    public GapDetails propose(Actor actor, long teamId, GapDraft draft, String offerNote) {
        guard.requireMember(actor, teamId, "propose topics");
        KnowledgeGap gap = create(actor, teamId, withDefaultSource(draft), GapOrigin.PROPOSED,
                "Proposed by the presenter.");
        gap.offerToTeach(actor.personId(), offerNote, guard.now());
        gaps.flush();
        return view.of(actor, gap);
    }

    /** A member asks for a topic nobody has offered yet. */
    @Transactional
    public GapDetails request(Actor actor, long teamId, GapDraft draft) {
        guard.requireMember(actor, teamId, "request topics");
        return view.of(actor, create(actor, teamId, withDefaultSource(draft), GapOrigin.REQUESTED,
                "Requested by a member."));
    }

    /** Saves changed wording or settings; the caller's version must still be current. */
    @Transactional
    public GapDetails revise(Actor actor, long gapId, long expectedVersion, GapDraft draft) {
        KnowledgeGap gap = guard.visibleGap(actor, gapId);
        boolean manages = guard.manages(actor, gap.getTeamId());
        if (!GapVisibility.canRevise(gap.getReporterId(), actor.personId(), manages)) {
            throw new NotPermittedException("Only the team's managers or the person who reported this gap can change it.");
        }
        if (gap.isMerged()) {
            throw InvalidInputException.of("status", "This gap was merged into #" + gap.getMergedIntoId()
                    + ": change that gap instead.");
        }
        validator.check(draft);
        if (gap.getVersion() != expectedVersion) {
            throw new ConflictException("This knowledge gap");
        }
        long reporter = draft.reportedBy() == null ? gap.getReporterId() : draft.reportedBy();
        LocalDate reportedOn = draft.reportedOn() == null ? gap.getReportedOn() : draft.reportedOn();
        checkReport(actor, gap.getTeamId(), reporter, reportedOn, manages, gap.getReporterId());
        gap.revise(draft, guard.who(actor), guard.now());
        gap.attributeTo(reporter, reportedOn);
        try {
            gaps.flush(); // the gap is managed: flushing (not merging) surfaces conflicts here
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This knowledge gap");
        }
        return view.of(actor, gap);
    }

    private KnowledgeGap create(Actor actor, long teamId, GapDraft draft, GapOrigin origin, String note) {
        validator.check(draft);
        boolean manages = guard.manages(actor, teamId);
        long reporter = draft.reportedBy() == null ? actor.personId() : draft.reportedBy();
        LocalDate reportedOn = draft.reportedOn() == null ? guard.today(teamId) : draft.reportedOn();
        checkReport(actor, teamId, reporter, reportedOn, manages, actor.personId());
        var gap = KnowledgeGap.log(teamId, draft, origin, reporter, reportedOn, guard.who(actor), guard.now(), note);
        return gaps.saveAndFlush(gap);
    }

    private void checkReport(Actor actor, long teamId, long reporter, LocalDate reportedOn, boolean manages,
                             long currentReporter) {
        if (reporter != currentReporter) {
            if (!manages) {
                throw new NotPermittedException("Only the team's managers can log or move a gap on someone else's behalf.");
            }
            if (!guard.isMember(reporter, teamId)) {
                throw InvalidInputException.of("reportedBy", "Choose someone from this team as the reporter.");
            }
        }
        if (reportedOn.isAfter(guard.today(teamId))) {
            throw InvalidInputException.of("reportedOn", "The day it was reported cannot be in the future.");
        }
    }

    private static GapDraft withDefaultSource(GapDraft draft) {
        return draft.source() != null ? draft : draft.withSource(GapSource.OTHER, draft.sourceReference());
    }
}
