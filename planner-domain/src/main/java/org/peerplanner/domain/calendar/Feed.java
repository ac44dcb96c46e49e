package org.peerplanner.domain.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A feed's content (sessions and, in a personal feed, the owner's open action-item due dates) and its
 * freshness: {@code lastModified} and {@code fingerprint} let HTTP answer "not modified" without rendering
 * anything.
 */
public record Feed(String name, ZoneId zone, List<FeedSession> sessions, List<FeedDueItem> dueItems,
                   Instant lastModified, String fingerprint) {
}
