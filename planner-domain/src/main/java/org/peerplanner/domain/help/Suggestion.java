package org.peerplanner.domain.help;

/**
 * Something that may answer the question already: an article (its {@code id} is the article's) or a held session.
 */
public record Suggestion(Source source, long id, String title, String link) {

    public enum Source { ARTICLE, SESSION }
}
