package org.peerplanner.domain.session;

/** Published in the transaction when a session is marked held (directly or by its wrap-up); monitoring counts it. */
public record SessionHeld(long sessionId, long teamId) {
}
