package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One search result. {@code titleHtml} and {@code fragmentsHtml} are safe to show as HTML: the
 * article's text is escaped and only the matched words are wrapped in {@code <em>}.
 */
public record ArticleHit(long id, long teamId, String teamName, String title, String titleHtml, List<String> tags,
                         List<String> fragmentsHtml, Instant updatedAt, float score) {
}
