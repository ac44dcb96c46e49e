package org.peerplanner.domain.gap;

/**
 * "Are these two strings at most {@code k} edits apart?" (Levenshtein: insert, delete, substitute one char), asked
 * about a million times by an import preview of 10,000 rows, so both answers avoid the full table.
 */
final class EditDistance {

    /**
     * For each char below 256, the positions of the shorter string holding it, one bit each; filled for one pattern and
     * cleared again after each question. 2 KB per thread that compares titles (request threads too), so rarer chars
     * (CJK, emoji halves) get their bits by scanning the pattern instead.
     */
    private static final ThreadLocal<long[]> LATIN1_MASKS = ThreadLocal.withInitial(() -> new long[256]);

    private EditDistance() {
    }

    /**
     * Myers' bit-parallel edit distance (G. Myers 1999, in H. Hyyrö's formulation for the whole-string distance): one
     * column of the table per char of {@code text} in a handful of word operations, the column kept as its vertical
     * differences (+1/−1 bits), the bottom cell as a counter. Gives up as soon as the bottom cell, which can fall by at
     * most one per remaining char, cannot come back to {@code k}.
     *
     * @param pattern at most 64 chars
     */
    static boolean bitParallelWithin(char[] pattern, char[] text, int k) {
        int m = pattern.length;
        if (m == 0) {
            return text.length <= k;
        }
        long[] masks = LATIN1_MASKS.get();
        for (int i = 0; i < m; i++) {
            if (pattern[i] < masks.length) {
                masks[pattern[i]] |= 1L << i;
            }
        }
        try {
            long last = 1L << (m - 1);
            long plusVertical = -1L;
            long minusVertical = 0;
            int distance = m;
            int n = text.length;
            for (int j = 0; j < n; j++) {
                char c = text[j];
                long equal = c < masks.length ? masks[c] : positionsOf(c, pattern);
                long xv = equal | minusVertical;
                long xh = (((equal & plusVertical) + plusVertical) ^ plusVertical) | equal;
                long plusHorizontal = minusVertical | ~(xh | plusVertical);
                long minusHorizontal = plusVertical & xh;
                if ((plusHorizontal & last) != 0) {
                    distance++;
                } else if ((minusHorizontal & last) != 0) {
                    distance--;
                }
                if (distance - (n - 1 - j) > k) {
                    return false;
                }
                plusHorizontal = (plusHorizontal << 1) | 1; // row 0 of the table counts up: +1 at every step
                minusHorizontal <<= 1;
                plusVertical = minusHorizontal | ~(xv | plusHorizontal);
                minusVertical = plusHorizontal & xv;
            }
            return distance <= k;
        } finally {
            for (int i = 0; i < m; i++) {
                if (pattern[i] < masks.length) {
                    masks[pattern[i]] = 0;
                }
            }
        }
    }

    private static long positionsOf(char c, char[] pattern) {
        long positions = 0;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] == c) {
                positions |= 1L << i;
            }
        }
        return positions;
    }

    /**
     * The table computed only near its diagonal (cells more than {@code k} off it cannot lie on a path of at most
     * {@code k} edits), values capped at {@code k + 1}, given up as soon as a whole row is past {@code k}. For strings
     * too long for {@link #bitParallelWithin}.
     */
    static boolean bandedWithin(char[] x, char[] y, int k) {
        if (Math.abs(x.length - y.length) > k) {
            return false;
        }
        int beyond = k + 1;
        int[] previous = new int[y.length + 2];
        int[] current = new int[y.length + 2];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = Math.min(j, beyond);
        }
        previous[y.length + 1] = beyond;
        for (int i = 1; i <= x.length; i++) {
            int from = Math.max(1, i - k);
            int to = Math.min(y.length, i + k);
            current[0] = Math.min(i, beyond);
            current[from - 1] = from == 1 ? current[0] : beyond;
            int rowMin = current[from - 1];
            char xi = x[i - 1];
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (xi == y[j - 1] ? 0 : 1);
                int cell = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.min(cell, beyond);
                rowMin = Math.min(rowMin, current[j]);
            }
            current[to + 1] = beyond;
            if (rowMin > k) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length] <= k;
    }
}
