package org.peerplanner.domain.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.mentoring.MentorshipSeries;

/**
 * A feed's content (sessions and, in a personal feed, the owner's open action-item due dates and mentorships, each
 * one recurring series) and its
 * freshness: {@code lastModified} and {@code fingerprint} let HTTP answer "not modified" without rendering
 * anything.
 */
public record Feed(String name, ZoneId zone, List<FeedSession> sessions, List<FeedDueItem> dueItems,
                   List<MentorshipSeries> mentorships, Instant lastModified, String fingerprint) {
}
