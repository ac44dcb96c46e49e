package org.peerplanner.domain.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepared titles indexed so that the ones {@link TitleSimilarity similar} to a new title are found without
 * comparing it with every one of them. {@link Search#candidates} returns a superset of the similar titles; the caller
 * still decides each candidate with {@link TitleSimilarity#score(TitleSimilarity.Prepared, TitleSimilarity.Prepared, int)},
 * so the answers are exactly those of comparing with all titles, only the hopeless pairs are never looked at.
 *
 * <p>Built first ({@link #add}), then searched: a {@link Search} holds the scratch counters of one thread, so several
 * threads can search the finished index at once (an import preview splits its rows between the cores); a search
 * can be limited to the titles added before a given one ({@code below}), which is how a row is compared with the
 * rows above it only. Posting lists hold title indexes in ascending order, so such a limit stops each walk early.
 *
 * <p>Why a title that is not a candidate cannot be similar:
 * <ul>
 *   <li>Jaccard ≥ {@value TitleSimilarity#MIN_JACCARD}: the words two titles share are counted exactly through the
 *       word index, which gives the Jaccard index of every title sharing a word; a title sharing none has 0.</li>
 *   <li>Levenshtein similarity ≥ {@value TitleSimilarity#MIN_LEVENSHTEIN}: the longer title ({@code L}
 *       characters) is at most {@code k(L)} edits away, the lengths differ by at most {@code k(L)}, and (q-gram
 *       lemma) the two share at least {@code L - q + 1 - k·q} character trigrams, counted with repetition. The count
 *       here adds one for every trigram occurrence of the new title that the other title contains, which is at
 *       least the shared count; leaving out {@code s} occurrences (the ones with the most titles of a reachable
 *       length, to keep the counting cheap) lowers it by at most {@code s}. Postings are kept per title length, so
 *       only titles of a reachable length are counted at all. Where the lemma gives no positive bound (very short
 *       titles) every title of a reachable length is a candidate.</li>
 * </ul>
 */
final class TitleIndex {

    private static final int Q = 3;

    private final List<TitleSimilarity.Prepared> titles = new ArrayList<>();
    private final Map<String, IntList> byWord = new HashMap<>();
    private final TrigramPostings.GramMap byGram = new TrigramPostings.GramMap();
    private final Map<Integer, IntList> byLength = new HashMap<>();
    private final IntList lengths = new IntList();

    /** What a search found: title indexes, ascending, and how many words each shares with the query. */
    record Candidates(int[] indexes, int[] commonWords) {
        static final Candidates NONE = new Candidates(new int[0], new int[0]);

        int size() {
            return indexes.length;
        }
    }

    /** Adds a title; returns its index (0, 1, 2, … in the order added). Titles normalised to nothing are never similar. */
    int add(TitleSimilarity.Prepared title) {
        int index = titles.size();
        titles.add(title);
        String text = title.normalised();
        int length = text.length();
        lengths.add(length);
        if (text.isEmpty()) {
            return index;
        }
        for (String word : title.words()) {
            byWord.computeIfAbsent(word, k -> new IntList()).add(index);
        }
        for (int i = 0; i + Q <= length; i++) {
            TrigramPostings.LengthPostings postings = byGram.computeIfAbsent(gram(text, i));
            IntList posting = postings.forLength(length);
            if (posting.size == 0 || posting.last() != index) { // each title once per distinct trigram
                posting.add(index);
            }
        }
        byLength.computeIfAbsent(length, k -> new IntList()).add(index);
        return index;
    }

    TitleSimilarity.Prepared get(int index) {
        return titles.get(index);
    }

    int size() {
        return titles.size();
    }

    /** Searches over the titles added so far, for one thread; add no titles while it is in use. */
    Search search() {
        return new Search();
    }

    /** One thread's scratch counters, one slot per title, reset after every query. */
    final class Search {
        private final int[] counts = new int[titles.size()];
        private final int[] wordCounts = new int[titles.size()];
        private final int[] seen = new int[titles.size()];
        private int query;
        // Reused from query to query: the preview asks 20,000 of them.
        private final IntList found = new IntList();
        private final IntList sharingWords = new IntList();
        private int[] touched = new int[256];
        private TrigramPostings.LengthPostings[] postings = new TrigramPostings.LengthPostings[64];
        private long[] bySize = new long[64];

        /**
         * Indexes, ascending, of the titles with an index below {@code below} that may be similar to {@code title}
         * (every similar one among them), each with the number of words it shares with {@code title}, counted exactly.
         */
        Candidates candidates(TitleSimilarity.Prepared title, int below) {
            String text = title.normalised();
            if (text.isEmpty()) {
                return Candidates.NONE;
            }
            if (++query == 0) { // wrapped: forget old marks
                Arrays.fill(seen, 0);
                query = 1;
            }
            found.size = 0;
            sharingWords.size = 0;
            wordCandidates(title, below);
            gramCandidates(text, below);
            long[] packed = new long[found.size];
            for (int i = 0; i < found.size; i++) {
                int index = found.values[i];
                packed[i] = (long) index << 32 | wordCounts[index];
            }
            for (int t = 0; t < sharingWords.size; t++) {
                wordCounts[sharingWords.values[t]] = 0;
            }
            Arrays.sort(packed);
            int[] indexes = new int[packed.length];
            int[] commonWords = new int[packed.length];
            for (int i = 0; i < packed.length; i++) {
                indexes[i] = (int) (packed[i] >>> 32);
                commonWords[i] = (int) packed[i];
            }
            return new Candidates(indexes, commonWords);
        }

        /**
         * The titles sharing enough words for the Jaccard rule: common words counted exactly through the word index.
         * Leaves each title's count of shared words in {@code wordCounts} (0 for a title sharing none) and the titles
         * whose count the caller must reset in {@code sharingWords}.
         */
        private void wordCandidates(TitleSimilarity.Prepared title, int below) {
            IntList touched = sharingWords;
            for (String word : title.words()) {
                IntList posting = byWord.get(word);
                if (posting != null) {
                    int[] values = posting.values;
                    for (int i = 0, size = posting.size; i < size && values[i] < below; i++) {
                        int index = values[i];
                        if (wordCounts[index]++ == 0) {
                            touched.add(index);
                        }
                    }
                }
            }
            for (int t = 0; t < touched.size; t++) {
                int index = touched.values[t];
                if (title.jaccard(wordCounts[index], titles.get(index)) >= TitleSimilarity.MIN_JACCARD) {
                    mark(index);
                }
            }
        }

        private void gramCandidates(String text, int below) {
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
                        for (int i = 0; i < sameLength.size && sameLength.values[i] < below; i++) {
                            mark(sameLength.values[i]);
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
            if (postings.length < occurrences) {
                postings = new TrigramPostings.LengthPostings[occurrences];
                bySize = new long[occurrences];
            }
            // Per occurrence found: how many titles of a reachable length hold it (high bits), which one (low bits).
            int present = 0;
            for (int i = 0; i < occurrences; i++) {
                TrigramPostings.LengthPostings posting = byGram.get(gram(text, i));
                if (posting != null) {
                    bySize[present] = (long) posting.sizeWithin(lowest, highest) << 32 | present;
                    postings[present++] = posting;
                }
            }
            Arrays.sort(bySize, 0, present);
            // Leave out the most frequent occurrences (the longest lists to count through): a similar title still
            // has at least bound - skipped of the rest; half the bound keeps that filter strong.
            int skipped = Math.min(minBound / 2, present);
            int[] touched = this.touched;
            int touchedCount = 0;
            for (int p = 0; p < present - skipped; p++) { // the rarest first; the `skipped` most frequent left out
                TrigramPostings.LengthPostings posting = postings[(int) bySize[p]];
                int from = Math.max(lowest, posting.shortest);
                int to = Math.min(highest, posting.shortest + posting.byLength.length - 1);
                for (int ly = from; ly <= to; ly++) {
                    IntList list = posting.byLength[ly - posting.shortest];
                    if (list == null) {
                        continue;
                    }
                    int[] values = list.values;
                    for (int i = 0, size = list.size; i < size; i++) {
                        int index = values[i];
                        if (index >= below) {
                            break;
                        }
                        if (counts[index]++ == 0) {
                            if (touchedCount == touched.length) {
                                touched = Arrays.copyOf(touched, touchedCount * 2);
                                this.touched = touched;
                            }
                            touched[touchedCount++] = index;
                        }
                    }
                }
            }
            int[] titleLengths = lengths.values;
            for (int t = 0; t < touchedCount; t++) {
                int index = touched[t];
                int count = counts[index];
                counts[index] = 0;
                int bound = sharedGramsAtLeast(Math.max(lx, titleLengths[index]));
                if (bound > 0 && count >= bound - skipped) {
                    mark(index);
                }
            }
        }

        private void mark(int index) {
            if (seen[index] != query) {
                seen[index] = query;
                found.add(index);
            }
        }
    }

    /** Whether titles of these lengths can be within the edits the Levenshtein rule allows. */
    private static boolean reachable(int lx, int ly) {
        return Math.abs(lx - ly) <= TitleSimilarity.maxEdits(Math.max(lx, ly));
    }

    /** The fewest trigram occurrences two titles, the longer {@code longest} characters, share when similar by edits. */
    private static int sharedGramsAtLeast(int longest) {
        return longest - Q + 1 - Q * TitleSimilarity.maxEdits(longest);
    }

    private static long gram(String text, int at) {
        return ((long) text.charAt(at) << 32) | ((long) text.charAt(at + 1) << 16) | text.charAt(at + 2);
    }
}
