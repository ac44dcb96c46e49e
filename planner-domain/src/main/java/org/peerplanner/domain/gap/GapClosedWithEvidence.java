package org.peerplanner.domain.gap;

import java.time.Instant;

/** A gap that stands closed with an article as evidence: who closed it, when, and the article's title then. */
public record GapClosedWithEvidence(long gapId, long teamId, long closedBy, String gapTitle, String articleTitle,
                                    Instant closedAt) {
}
