package org.peerplanner.domain.calendar;

import java.time.Instant;

/**
 * What a feed request can be answered from without loading the feed: which feed it is (a team's, shared by all its
 * members, or one person's own) and a fingerprint that changes whenever anything the feed shows changes.
 *
 * @param source      {@code team-<id>} or {@code person-<id>}: the same bytes for every token that may read it
 * @param fingerprint 32 hex digits
 * @param lastModified the latest change the fingerprint query saw (for Last-Modified)
 */
public record FeedVersion(String source, String fingerprint, Instant lastModified) {
}
