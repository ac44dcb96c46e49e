package org.peerplanner.domain.session;

/**
 * Published in the transaction when a person answered what a session asked of them: they accepted or declined
 * leading it, took its swap, or said whether they come. What asked them (a notification) has then been dealt with.
 */
public record SessionAnswered(long sessionId, long personId) {
}
