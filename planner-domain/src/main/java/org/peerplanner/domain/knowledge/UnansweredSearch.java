package org.peerplanner.domain.knowledge;

import java.time.Instant;

/** A query the team's knowledge base had no answer for, how often it was asked, and when last. */
public record UnansweredSearch(long id, String query, int searches, Instant lastAskedAt) {
}
