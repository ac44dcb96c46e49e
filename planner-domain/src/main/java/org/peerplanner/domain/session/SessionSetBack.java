package org.peerplanner.domain.session;

/** Published in the transaction when a held session is set back (it was marked held by mistake). */
public record SessionSetBack(long sessionId, long teamId) {
}
