package org.peerplanner.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** One of the feed owner's open action items, shown as an all-day entry on its due date. */
public record FeedDueItem(long itemId, LocalDate dueOn, String description, String teamName, boolean overdue,
                          Instant updatedAt) {
}
