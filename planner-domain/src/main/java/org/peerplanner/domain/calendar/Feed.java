package org.peerplanner.domain.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A feed's content and its freshness: {@code lastModified} and {@code fingerprint} let HTTP answer
 * "not modified" without rendering anything.
 */
public record Feed(String name, ZoneId zone, List<FeedSession> sessions, Instant lastModified, String fingerprint) {
}
