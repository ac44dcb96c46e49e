package org.peerplanner.domain.session;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the session: it is held (its gaps become addressed), takeaways are recorded, and the wrap-up
 * keeps takeaways and materials together.
 */
@Service
@Transactional(readOnly = true)
public class SessionHoldingService {

    private final CommandValidator validator;
    private final GapLifecycleService gapLifecycle;
    private final SessionSteps steps;
    private final SessionReader reader;
    private final Clock clock;
    private final ObjectProvider<SessionHoldingCheck> checks;

    SessionHoldingService(CommandValidator validator, GapLifecycleService gapLifecycle, SessionSteps steps,
                          SessionReader reader, Clock clock, ObjectProvider<SessionHoldingCheck> checks) {
        this.checks = checks;
        this.validator = validator;
        this.gapLifecycle = gapLifecycle;
        this.steps = steps;
        this.reader = reader;
        this.clock = clock;
    }

    /** The session took place: its gaps are addressed; takeaways are kept. */
    @Transactional
    public SessionDetails hold(Actor actor, long sessionId, String takeaways) {
        LearningSession s = steps.visible(actor, sessionId);
        if (!steps.canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can mark it held.");
        }
        steps.requireStarted(s);
        checks.orderedStream().forEach(check -> check.beforeHolding(s));
        s.hold(takeaways, clock.instant());
        steps.save(s);
        steps.held(s);
        s.getGapIds().forEach(gapId -> gapLifecycle.sessionHeld(actor, gapId, SessionSteps.reference(s)));
        return reader.details(actor, sessionId);
    }

    /**
     * Undoes "held" for a session marked so by mistake. Its gaps stay addressed (a manager reopens a gap on its own
     * page); listeners such as the contribution ledger reverse what holding wrote.
     */
    @Transactional
    public SessionDetails setBack(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        if (!steps.canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can set it back.");
        }
        s.setBack(clock.instant());
        steps.save(s);
        steps.setBack(s);
        return reader.details(actor, sessionId);
    }

    @Transactional
    public SessionDetails recordTakeaways(Actor actor, long sessionId, String takeaways) {
        LearningSession s = steps.visible(actor, sessionId);
        if (!steps.canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can record takeaways.");
        }
        s.recordTakeaways(takeaways, clock.instant());
        steps.save(s);
        return reader.details(actor, sessionId);
    }

    /**
     * Wrap-up: holds the session if it is still upcoming (its gaps become addressed) and sets its takeaways and
     * materials. Field errors for materials are keyed "materials.<index>.<field>". {@code attended} is who actually
     * came (only the invited and those who lead may be ticked); null keeps what is recorded, which for a session
     * held just now is those who answered yes and those who lead.
     */
    @Transactional
    public SessionDetails wrapUp(Actor actor, long sessionId, long expectedVersion, String takeaways,
                                 List<Material> materials, Set<Long> attended) {
        LearningSession s = steps.visible(actor, sessionId);
        if (!steps.canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can wrap it up.");
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("This session");
        }
        if (s.getStatus().isUpcoming()) {
            steps.requireStarted(s);
            checks.orderedStream().forEach(check -> check.beforeHolding(s));
        }
        if (takeaways != null && takeaways.strip().length() > 8000) {
            throw InvalidInputException.of("takeaways", "Takeaways have at most 8000 characters.");
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (int i = 0; i < materials.size(); i++) {
            try {
                validator.check(materials.get(i));
            } catch (InvalidInputException e) {
                int index = i;
                e.fieldErrors().forEach((field, message) -> problems.put("materials." + index + "." + field, message));
            }
        }
        if (attended != null) {
            attended.stream().filter(person -> !s.mayAttend(person)).findFirst().ifPresent(person -> problems.put(
                    "attended", "Only people invited to the session or leading it can be ticked as present."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean heldNow = s.wrapUp(takeaways, materials, clock.instant());
        if (attended != null) {
            s.recordAttendance(attended);
        }
        steps.save(s);
        if (heldNow) {
            steps.held(s);
            s.getGapIds().forEach(gapId -> gapLifecycle.sessionHeld(actor, gapId, SessionSteps.reference(s)));
        }
        return reader.details(actor, sessionId);
    }
}
