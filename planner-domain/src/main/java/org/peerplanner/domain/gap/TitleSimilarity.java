package org.peerplanner.domain.gap;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells whether two gap titles probably mean the same thing, so a manager sees "Kafka consumer
 * groups" before logging "Consumer groups in Kafka" a second time.
 *
 * <p>Titles are compared after {@link #normalise normalising} them. They count as similar when the
 * normalised titles are equal, when they share at least half of their words (Jaccard ≥ 0.5: word
 * order and a missing word don't matter), or when they are nearly the same characters
 * (Levenshtein similarity ≥ 0.8: typos like "Kuberentes", plurals like "indexes/indices").
 */
public final class TitleSimilarity {

    static final double MIN_JACCARD = 0.5;
    static final double MIN_LEVENSHTEIN = 0.8;

    // Words that carry no topic: "How to use Kafka" and "Kafka" are about the same thing.
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "for",
            "how", "with", "on", "at", "about", "into", "from", "by", "is", "are", "do", "does", "what", "why",
            "when", "our", "we", "i", "my", "it", "this", "that", "be", "use", "using");

    private TitleSimilarity() {
    }

    /** Lowercase, accents folded, punctuation and stop-words removed, single spaces. */
    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(folded.strip().split(" "))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                .collect(Collectors.joining(" "));
    }

    public static boolean similar(String a, String b) {
        return score(a, b) > 0;
    }

    /**
     * How alike two titles are, 0 when not similar at all by the rules above, otherwise the
     * highest of the measures (1 for equal normalised titles); used to list the closest first.
     */
    public static double score(String a, String b) {
        String left = normalise(a);
        String right = normalise(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        if (left.equals(right)) {
            return 1;
        }
        double jaccard = jaccard(left, right);
        double levenshtein = levenshteinSimilarity(left, right);
        boolean close = jaccard >= MIN_JACCARD || levenshtein >= MIN_LEVENSHTEIN;
        return close ? Math.max(jaccard, levenshtein) : 0;
    }

    static double jaccard(String normalisedA, String normalisedB) {
        Set<String> a = words(normalisedA);
        Set<String> b = words(normalisedB);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return union.isEmpty() ? 0 : (double) a.size() / union.size();
    }

    static double levenshteinSimilarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1 : 1.0 - (double) levenshtein(a, b) / longest;
    }

    private static Set<String> words(String normalised) {
        return new LinkedHashSet<>(Arrays.asList(normalised.split(" ")));
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
