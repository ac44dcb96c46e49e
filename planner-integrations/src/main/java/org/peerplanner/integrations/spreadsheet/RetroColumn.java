package org.peerplanner.integrations.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a retrospective export may have, each with the header words retro tools and people use for it.
 * Headers are compared after {@link #normalise(String)}, so case, order, spaces and punctuation do not matter.
 */
enum RetroColumn {
    TITLE("title", "titles", "topic", "topics", "item", "items", "subject", "summary", "headline"),
    DESCRIPTION("description", "desc", "details", "detail", "notes", "note", "comment", "comments"),
    VOTES("votes", "vote", "+1", "+1s", "votecount", "numberofvotes", "dots", "dotvotes", "likes", "upvotes"),
    SOURCE("source", "category", "type", "origin"),
    DATE("date", "retrodate", "created", "createdon", "createdat", "when", "day"),
    OWNER("owner", "reporter", "author", "raisedby", "who", "createdby", "reportedby", "submittedby");

    private final Set<String> synonyms;

    RetroColumn(String... synonyms) {
        this.synonyms = Set.of(synonyms);
    }

    static Optional<RetroColumn> forHeader(String header) {
        String key = normalise(header);
        for (RetroColumn column : values()) {
            if (column.synonyms.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, letters, digits and '+' only: " Raised by: " and "RAISED_BY" both become "raisedby". */
    static String normalise(String header) {
        String folded = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || c == '+')
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
