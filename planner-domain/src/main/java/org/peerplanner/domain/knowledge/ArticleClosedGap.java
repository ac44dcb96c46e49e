package org.peerplanner.domain.knowledge;

import java.time.Instant;

/** Published when a manager closes an addressed gap naming an article as its evidence. */
public record ArticleClosedGap(long articleId, long articleAuthorId, String articleTitle, long gapId, String gapTitle,
                               long teamId, long closedBy, Instant closedAt) {
}
