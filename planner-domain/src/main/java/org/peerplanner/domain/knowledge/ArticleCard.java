package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article as the team's index lists it (and the .xlsx export writes it). */
public record ArticleCard(long id, long teamId, String title, List<String> tags, String authorName, Instant createdAt,
                          Instant updatedAt, LocalDate reviewBy, boolean stale, int revision, int sessionCount,
                          int gapCount) {
}
