package org.peerplanner.domain.session;

/**
 * A rule another feature adds to holding a session (a peer roundtable needs its presenters), checked before the
 * session is marked held by either path, hold or wrap-up. The other feature depends on this one, not the reverse.
 */
public interface SessionHoldingCheck {

    /** Refuses with an {@code InvalidInputException} when the session may not be held yet. */
    void beforeHolding(LearningSession session);
}
