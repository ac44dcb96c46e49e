package org.peerplanner.domain.knowledge;

import java.time.Instant;

/** One line of an article's history: who saved which revision when, and what changed. */
public record RevisionSummary(int number, String authorName, Instant savedAt, String title, String summary,
                              boolean current) {
}
