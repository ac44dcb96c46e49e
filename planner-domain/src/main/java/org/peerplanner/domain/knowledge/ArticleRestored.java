package org.peerplanner.domain.knowledge;

/**
 * Published when an article is restored to revision {@code restored}: revisions after it up to {@code undone} are
 * undone (the restore itself becomes revision {@code undone + 1}).
 */
public record ArticleRestored(long articleId, long teamId, int restored, int undone) {
}
