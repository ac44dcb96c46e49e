package org.peerplanner.domain.roundtable;

import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionHoldingCheck;
import org.springframework.stereotype.Component;

/** A roundtable is held with one to three presenters who agreed to bring their problem. */
@Component
class RoundtableHoldingCheck implements SessionHoldingCheck {

    private final RoundtablePresenterRepository presenters;

    RoundtableHoldingCheck(RoundtablePresenterRepository presenters) {
        this.presenters = presenters;
    }

    @Override
    public void beforeHolding(LearningSession session) {
        if (session.getFormat() == SessionFormat.ROUNDTABLE) {
            RoundtableRules.readyToHold(presenters.countBySessionIdAndAgreedTrue(session.getId()));
        }
    }
}
