package org.peerplanner.domain.rotation;

/** Builds the fairness report of a team for a period. Stateless and thread-safe. */
public final class FairnessReporter {

    public FairnessReport report(FairnessRequest request) {
        throw new UnsupportedOperationException("not yet");
    }
}
