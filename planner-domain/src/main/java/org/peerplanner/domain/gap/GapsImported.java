package org.peerplanner.domain.gap;

/** Published in the transaction when a manager commits a gap import; monitoring counts imports and their rows. */
public record GapsImported(long teamId, int imported, int merged, int skipped) {
}
