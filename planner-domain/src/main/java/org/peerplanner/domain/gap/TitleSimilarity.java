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
        return score(prepare(a), prepare(b));
    }

    /** A title normalised once, for comparing it with many others (an import compares every row with every other). */
    static Prepared prepare(String title) {
        return new Prepared(normalise(title));
    }

    /** The same as {@link #score(String, String)} on the titles the two were prepared from. */
    static double score(Prepared a, Prepared b) {
        return a.normalised.isEmpty() || b.normalised.isEmpty() ? 0 : score(a, b, a.commonWords(b));
    }

    /**
     * The same as {@link #score(Prepared, Prepared)} when the two titles are known to share {@code commonWords} words
     * (an index that counted them saves looking every word up again).
     */
    static double score(Prepared a, Prepared b, int commonWords) {
        if (a.normalised.isEmpty() || b.normalised.isEmpty()) {
            return 0;
        }
        if (a.normalised.equals(b.normalised)) {
            return 1;
        }
        double jaccard = a.jaccard(commonWords, b);
        if (jaccard < MIN_JACCARD && !(a.mayBeNear(b) && a.withinReach(b))) {
            return 0; // the Levenshtein similarity does not reach MIN_LEVENSHTEIN either
        }
        double levenshtein = levenshteinSimilarity(a.normalised, b.normalised);
        boolean close = jaccard >= MIN_JACCARD || levenshtein >= MIN_LEVENSHTEIN;
        return close ? Math.max(jaccard, levenshtein) : 0;
    }

    private static final int[] MAX_EDITS = new int[512];

    static {
        for (int longest = 1; longest < MAX_EDITS.length; longest++) {
            MAX_EDITS[longest] = computeMaxEdits(longest);
        }
    }

    /** The most edits between titles, the longer {@code longest} characters, with a similarity ≥ MIN_LEVENSHTEIN. */
    static int maxEdits(int longest) {
        return longest < MAX_EDITS.length ? MAX_EDITS[longest] : computeMaxEdits(longest);
    }

    // The same arithmetic as the rule itself: 1 - distance / longest >= MIN_LEVENSHTEIN.
    private static int computeMaxEdits(int longest) {
        int k = 0;
        while (k < longest && 1.0 - (double) (k + 1) / longest >= MIN_LEVENSHTEIN) {
            k++;
        }
        return k;
    }

    /**
     * A normalised title with what makes comparing it cheap: its words, its characters counted into
     * {@value #BUCKETS} buckets and its pairs of adjacent characters into {@value #PAIR_BUCKETS}. The counts give
     * lower bounds of the edit distance (one edit changes the character counts by at most 2 in total, the pair
     * counts by at most 4), so nearly all pairs of titles are ruled out without computing it.
     */
    static final class Prepared {
        private static final int BUCKETS = 32;
        private static final int PAIR_BUCKETS = 64;

        private final String normalised;
        private final char[] chars;
        private final Set<String> words;
        private final int[] characters = new int[BUCKETS];
        private final int[] pairs = new int[PAIR_BUCKETS];

        private Prepared(String normalised) {
            this.normalised = normalised;
            this.chars = normalised.toCharArray();
            this.words = normalised.isEmpty() ? Set.of() : TitleSimilarity.words(normalised);
            for (int i = 0; i < normalised.length(); i++) {
                characters[normalised.charAt(i) % BUCKETS]++;
                if (i > 0) {
                    pairs[(normalised.charAt(i - 1) * 31 + normalised.charAt(i)) % PAIR_BUCKETS]++;
                }
            }
        }

        String normalised() {
            return normalised;
        }

        Set<String> words() {
            return words;
        }

        /** {@link TitleSimilarity#jaccard} without building sets. */
        double jaccard(Prepared other) {
            return jaccard(commonWords(other), other);
        }

        int commonWords(Prepared other) {
            int common = 0;
            for (String word : words) {
                if (other.words.contains(word)) {
                    common++;
                }
            }
            return common;
        }

        /** The Jaccard index when the two titles are known to share {@code common} words. */
        double jaccard(int common, Prepared other) {
            int union = words.size() + other.words.size() - common;
            return union == 0 ? 0 : (double) common / union;
        }

        /** False when the Levenshtein similarity of the two is certainly below {@link #MIN_LEVENSHTEIN}. */
        boolean mayBeNear(Prepared other) {
            int longest = Math.max(normalised.length(), other.normalised.length());
            if (longest == 0) {
                return true;
            }
            int lengths = Math.abs(normalised.length() - other.normalised.length());
            if (!possible(lengths, longest)) {
                return false;
            }
            int counts = 0;
            for (int i = 0; i < BUCKETS; i++) {
                counts += Math.abs(characters[i] - other.characters[i]);
            }
            if (!possible(Math.max(lengths, (counts + 1) / 2), longest)) {
                return false;
            }
            int pairCounts = 0;
            for (int i = 0; i < PAIR_BUCKETS; i++) {
                pairCounts += Math.abs(pairs[i] - other.pairs[i]);
            }
            return possible((pairCounts + 3) / 4, longest);
        }

        /** Whether the Levenshtein similarity reaches {@link #MIN_LEVENSHTEIN}. */
        boolean withinReach(Prepared other) {
            int longest = Math.max(chars.length, other.chars.length);
            int k = maxEdits(longest);
            if (Math.abs(chars.length - other.chars.length) > k) {
                return false;
            }
            char[] shorter = chars.length <= other.chars.length ? chars : other.chars;
            char[] longer = shorter == chars ? other.chars : chars;
            return shorter.length <= Long.SIZE ? EditDistance.bitParallelWithin(shorter, longer, k)
                    : EditDistance.bandedWithin(chars, other.chars, k);
        }

        /** Whether a pair at least {@code distance} edits apart can still reach {@link #MIN_LEVENSHTEIN}. */
        private static boolean possible(int distance, int longest) {
            return 1.0 - (double) distance / longest >= MIN_LEVENSHTEIN;
        }
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
