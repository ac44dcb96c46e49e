package org.peerplanner.domain.gap;

/** Published in the transaction when a closed or declined gap is reopened. */
public record GapReopened(long gapId, long teamId) {
}
