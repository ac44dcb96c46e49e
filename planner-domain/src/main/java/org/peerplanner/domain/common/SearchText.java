package org.peerplanner.domain.common;

import java.util.Locale;

/** What a search box's text becomes before it reaches a "contains" query: trimmed, lower case, never null. */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }
}
