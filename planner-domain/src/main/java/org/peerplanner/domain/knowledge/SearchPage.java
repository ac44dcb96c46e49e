package org.peerplanner.domain.knowledge;

import java.util.List;

/** A page of search results, best first, and how many matched in all. */
public record SearchPage(List<ArticleHit> hits, long total) {

    public static SearchPage empty() {
        return new SearchPage(List.of(), 0);
    }
}
