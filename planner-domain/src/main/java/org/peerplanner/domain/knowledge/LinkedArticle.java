package org.peerplanner.domain.knowledge;

/** An article that links a gap or a session, as the gap's or session's page lists it. */
public record LinkedArticle(long id, String title) {
}
