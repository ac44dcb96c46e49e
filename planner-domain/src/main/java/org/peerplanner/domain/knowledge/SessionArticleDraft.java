package org.peerplanner.domain.knowledge;

/** An unsaved article about a held session, with the team it will belong to once its author saves it. */
public record SessionArticleDraft(long teamId, ArticleDraft draft) {
}
