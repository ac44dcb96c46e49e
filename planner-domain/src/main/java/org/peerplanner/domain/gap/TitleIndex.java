package org.peerplanner.domain.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepared titles indexed so that the ones {@link TitleSimilarity similar} to a new title are found without
 * comparing it with every one of them. {@link #candidates} returns a superset of the similar titles; the caller
 * still decides each candidate with {@link TitleSimilarity#score(TitleSimilarity.Prepared, TitleSimilarity.Prepared)},
 * so the answers are exactly those of comparing with all titles, only the hopeless pairs are never looked at.
 *
 * <p>Why a title that is not a candidate cannot be similar:
 * <ul>
 *   <li>Jaccard ≥ {@value TitleSimilarity#MIN_JACCARD}: the words two titles share are counted exactly through the
 *       word index, which gives the Jaccard index of every title sharing a word; a title sharing none has 0.</li>
 *   <li>Levenshtein similarity ≥ {@value TitleSimilarity#MIN_LEVENSHTEIN}: the longer title ({@code L}
 *       characters) is at most {@code k(L)} edits away, the lengths differ by at most {@code k(L)}, and (q-gram
 *       lemma) the two share at least {@code L - q + 1 - k·q} character trigrams, counted with repetition. The count
 *       here adds one for every trigram occurrence of the new title that the other title contains, which is at
 *       least the shared count; leaving out {@code s} occurrences (the ones with the longest posting lists, to keep
 *       the counting cheap) lowers it by at most {@code s}. Where the lemma
 *       gives no positive bound (very short titles) every title of a reachable length is a candidate.</li>
 * </ul>
 */
final class TitleIndex {

    private static final int Q = 3;

    private final List<TitleSimilarity.Prepared> titles = new ArrayList<>();
    private final Map<String, IntList> byWord = new HashMap<>();
    private final GramMap byGram = new GramMap();
    private final Map<Integer, IntList> byLength = new HashMap<>();
    private int[] counts = new int[64];
    private int[] lengths = new int[64];
    private int[] wordCounts = new int[64];
    private int[] seen = new int[64];
    private int query;

    /** Adds a title; returns its index (0, 1, 2, … in the order added). Titles normalised to nothing are never similar. */
    int add(TitleSimilarity.Prepared title) {
        int index = titles.size();
        titles.add(title);
        if (index == counts.length) {
            counts = Arrays.copyOf(counts, index * 2);
            lengths = Arrays.copyOf(lengths, index * 2);
            wordCounts = Arrays.copyOf(wordCounts, index * 2);
            seen = Arrays.copyOf(seen, index * 2);
        }
        String text = title.normalised();
        lengths[index] = text.length();
        if (text.isEmpty()) {
            return index;
        }
        for (String word : title.words()) {
            byWord.computeIfAbsent(word, k -> new IntList()).add(index);
        }
        for (int i = 0; i + Q <= text.length(); i++) {
            IntList posting = byGram.computeIfAbsent(gram(text, i));
            if (posting.size == 0 || posting.last() != index) { // each title once per distinct trigram
                posting.add(index);
            }
        }
        byLength.computeIfAbsent(text.length(), k -> new IntList()).add(index);
        return index;
    }

    TitleSimilarity.Prepared get(int index) {
        return titles.get(index);
    }

    int size() {
        return titles.size();
    }

    /** Indexes, ascending, of the titles that may be similar to {@code title}: every similar one among them. */
    int[] candidates(TitleSimilarity.Prepared title) {
        String text = title.normalised();
        if (text.isEmpty()) {
            return new int[0];
        }
        if (++query == 0) { // wrapped: forget old marks
            Arrays.fill(seen, 0);
            query = 1;
        }
        IntList found = new IntList();
        wordCandidates(title, found);
        gramCandidates(text, found);
        int[] result = Arrays.copyOf(found.values, found.size);
        Arrays.sort(result);
        return result;
    }

    /** The titles sharing enough words for the Jaccard rule: common words counted exactly through the word index. */
    private void wordCandidates(TitleSimilarity.Prepared title, IntList found) {
        IntList touched = new IntList();
        for (String word : title.words()) {
            IntList posting = byWord.get(word);
            if (posting != null) {
                for (int i = 0; i < posting.size; i++) {
                    int index = posting.values[i];
                    if (wordCounts[index]++ == 0) {
                        touched.add(index);
                    }
                }
            }
        }
        for (int t = 0; t < touched.size; t++) {
            int index = touched.values[t];
            if (title.jaccard(wordCounts[index], titles.get(index)) >= TitleSimilarity.MIN_JACCARD) {
                mark(index, found);
            }
            wordCounts[index] = 0;
        }
    }

    private void gramCandidates(String text, IntList found) {
        int lx = text.length();
        // Lengths a similar title can have, and the fewest shared trigrams at each.
        int lowest = lx;
        while (lowest > 1 && reachable(lx, lowest - 1)) {
            lowest--;
        }
        int highest = lx;
        while (reachable(lx, highest + 1)) {
            highest++;
        }
        int minBound = Integer.MAX_VALUE;
        for (int ly = lowest; ly <= highest; ly++) {
            int bound = sharedGramsAtLeast(Math.max(lx, ly));
            if (bound <= 0) { // the lemma proves nothing: every title of that length is a candidate
                IntList sameLength = byLength.get(ly);
                if (sameLength != null) {
                    for (int i = 0; i < sameLength.size; i++) {
                        mark(sameLength.values[i], found);
                    }
                }
            } else {
                minBound = Math.min(minBound, bound);
            }
        }
        if (minBound == Integer.MAX_VALUE || lx < Q) {
            return;
        }
        int occurrences = lx - Q + 1;
        IntList[] postings = new IntList[occurrences];
        int present = 0;
        for (int i = 0; i < occurrences; i++) {
            IntList posting = byGram.get(gram(text, i));
            if (posting != null) {
                postings[present++] = posting;
            }
        }
        Arrays.sort(postings, 0, present, (x, y) -> Integer.compare(y.size, x.size));
        // Leave out the most frequent occurrences (the longest lists to count through): a similar title still has at
        // least bound - skipped of the rest; half the bound keeps that filter strong.
        int skipped = Math.min(minBound / 2, present);
        int[] touched = new int[16];
        int touchedCount = 0;
        for (int p = skipped; p < present; p++) {
            IntList posting = postings[p];
            for (int i = 0; i < posting.size; i++) {
                int index = posting.values[i];
                if (counts[index]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = index;
                }
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            int index = touched[t];
            int count = counts[index];
            counts[index] = 0;
            int ly = lengths[index];
            if (ly < lowest || ly > highest) {
                continue;
            }
            int bound = sharedGramsAtLeast(Math.max(lx, ly));
            if (bound > 0 && count >= bound - skipped) {
                mark(index, found);
            }
        }
    }

    private void mark(int index, IntList found) {
        if (seen[index] != query) {
            seen[index] = query;
            found.add(index);
        }
    }

    /** Whether titles of these lengths can be within the edits the Levenshtein rule allows. */
    private static boolean reachable(int lx, int ly) {
        return Math.abs(lx - ly) <= maxEdits(Math.max(lx, ly));
    }

    /** The fewest trigram occurrences two titles, the longer {@code longest} characters, share when similar by edits. */
    private static int sharedGramsAtLeast(int longest) {
        return longest - Q + 1 - Q * maxEdits(longest);
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
        while (k < longest && 1.0 - (double) (k + 1) / longest >= TitleSimilarity.MIN_LEVENSHTEIN) {
            k++;
        }
        return k;
    }

    private static long gram(String text, int at) {
        return ((long) text.charAt(at) << 32) | ((long) text.charAt(at + 1) << 16) | text.charAt(at + 2);
    }

    /** Trigram → posting list, open addressing on the packed trigram (no boxing, no colliding hash codes). */
    static final class GramMap {
        private long[] keys = new long[1024];
        private IntList[] values = new IntList[1024];
        private int size;

        IntList get(long key) {
            int mask = keys.length - 1;
            for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
                if (values[slot] == null) {
                    return null;
                }
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
        }

        IntList computeIfAbsent(long key) {
            IntList existing = get(key);
            if (existing != null) {
                return existing;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            IntList created = new IntList();
            put(key, created);
            size++;
            return created;
        }

        private void put(long key, IntList value) {
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            IntList[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new IntList[oldValues.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /** A growable int array. */
    static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int last() {
            return values[size - 1];
        }
    }
}
