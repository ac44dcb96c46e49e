package org.peerplanner.domain.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The one-line "what changed" of a revision, from the article before and the draft after. */
final class ArticleChanges {

    private ArticleChanges() {
    }

    record Before(String title, String body, List<String> tags, java.time.LocalDate reviewBy, java.util.Set<Long> sessions,
                  java.util.Set<Long> gaps, List<org.peerplanner.domain.session.Material> materials) {

        static Before of(Article a) {
            return new Before(a.getTitle(), a.getBody(), a.getTags(), a.getReviewBy(), a.getSessionIds(), a.getGapIds(),
                    a.getMaterials());
        }
    }

    /**
     * How much text a revision changed: the length of the stretch between what both texts share at the start and at
     * the end, on the longer side. One fixed typo is a few characters; a rewritten section is its length. (Two small
     * fixes far apart count as everything between them: a cheap measure that errs towards "substantial".)
     */
    static int changedCharacters(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return Math.max(before.length(), after.length()) - prefix - suffix;
    }

    static String describe(Before before, Article after) {
        List<String> parts = new ArrayList<>();
        if (!before.title().equals(after.getTitle())) {
            parts.add("title changed from “" + before.title() + "”");
        }
        if (!before.body().equals(after.getBody())) {
            parts.add("text edited (" + lineDelta(before.body(), after.getBody()) + ")");
        }
        if (!new java.util.HashSet<>(before.tags()).equals(new java.util.HashSet<>(after.getTags()))) {
            parts.add("tags: " + (after.getTags().isEmpty() ? "none" : String.join(", ", after.getTags())));
        }
        if (!Objects.equals(before.reviewBy(), after.getReviewBy())) {
            parts.add("review by " + (after.getReviewBy() == null ? "none" : after.getReviewBy()));
        }
        if (!before.sessions().equals(after.getSessionIds()) || !before.gaps().equals(after.getGapIds())) {
            parts.add("links changed");
        }
        if (!before.materials().equals(after.getMaterials())) {
            parts.add("materials changed");
        }
        if (parts.isEmpty()) {
            return "No change";
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "+3 −1 lines": lines added and removed, counted as a multiset difference (cheap, good enough to read). */
    static String lineDelta(String before, String after) {
        var old = new java.util.HashMap<String, Integer>();
        for (String line : before.split("\n", -1)) {
            old.merge(line, 1, Integer::sum);
        }
        int added = 0;
        for (String line : after.split("\n", -1)) {
            Integer n = old.get(line);
            if (n == null || n == 0) {
                added++;
            } else {
                old.put(line, n - 1);
            }
        }
        int removed = old.values().stream().mapToInt(Integer::intValue).sum();
        return "+" + added + " −" + removed + " lines";
    }
}
