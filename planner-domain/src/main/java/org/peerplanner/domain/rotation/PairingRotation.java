package org.peerplanner.domain.rotation;

/**
 * Pairs people for a pairing day (or a single 2–3 person pairing session): pinned pairs first, then
 * those who paired least recently (never-paired first); absent people left out; one trio when the
 * count is odd; a do-not-pair couple is never put together — if that is impossible the plan says so.
 * Deterministic and thread-safe.
 */
public final class PairingRotation {

    public PairingPlan pair(PairingRequest request) {
        throw new UnsupportedOperationException("not yet");
    }
}
