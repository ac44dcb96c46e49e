package org.peerplanner.domain.knowledge;

import java.util.List;

/**
 * A page of search results, best first, and how many matched in all: exactly, or with
 * {@code exact} false at least {@code total} ("1,000+ articles").
 */
public record SearchPage(List<ArticleHit> hits, long total, boolean exact) {

    public static SearchPage empty() {
        return new SearchPage(List.of(), 0, true);
    }
}
