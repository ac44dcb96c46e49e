package org.peerplanner.domain.help;

import java.time.Instant;

/**
 * Someone answered another person's help request, published in the answer's transaction (the contribution ledger
 * counts it). {@code title} is safe to show the answerer: a confidential request's own title stays with its people.
 */
public record HelpAnswered(long requestId, long teamId, long answeredBy, long askedBy, String title, Instant at) {
}
