package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.util.List;

/** An earlier revision as it was, with its body rendered through the same sanitizer as the article. */
public record RevisionSnapshot(long articleId, int number, String authorName, Instant savedAt, String title, String body,
                               String html, List<String> tags, String summary, boolean current) {
}
