package org.peerplanner.domain.rotation;

/**
 * Proposes the next sessions of a team: dates from its cadence, formats from its mix, a fair
 * facilitator and the most pressing open gap that fits, each with human reasons. Stateless and
 * thread-safe; the same request always gives the same plan.
 */
public final class RotationPlanner {

    public RotationPlan plan(RotationRequest request) {
        throw new UnsupportedOperationException("not yet");
    }
}
