package org.peerplanner.domain.action;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionHoldingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Wraps a session up in one transaction: takeaways, materials and new action items are saved together or not at all. */
@Service
@Transactional(readOnly = true)
public class SessionWrapUpService {

    private final SessionHoldingService sessions;
    private final ActionItemService actionItems;

    SessionWrapUpService(SessionHoldingService sessions, ActionItemService actionItems) {
        this.sessions = sessions;
        this.actionItems = actionItems;
    }

    @Transactional
    public SessionDetails wrapUp(Actor actor, long sessionId, long expectedVersion, SessionWrapUp wrapUp) {
        // Check the items first so that one answer lists every problem in the form, items and materials alike.
        Map<String, String> problems = new LinkedHashMap<>(actionItems.problems(actor, sessionId, wrapUp.actionItems()));
        SessionDetails held;
        try {
            held = sessions.wrapUp(actor, sessionId, expectedVersion, wrapUp.takeaways(), wrapUp.materials(),
                    wrapUp.attended());
        } catch (InvalidInputException e) {
            problems.putAll(e.fieldErrors());
            throw new InvalidInputException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems); // rolls the session's wrap-up back with the rest
        }
        actionItems.raiseAllAtSession(actor, sessionId, wrapUp.actionItems());
        return held;
    }
}
