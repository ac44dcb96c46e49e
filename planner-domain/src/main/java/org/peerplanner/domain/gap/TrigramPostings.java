package org.peerplanner.domain.gap;

import java.util.Arrays;

/** The posting lists behind {@link TitleIndex}'s trigram index. */
final class TrigramPostings {

    private TrigramPostings() {
    }

    /**
     * The titles holding one trigram, kept apart by title length: a query counts only through the lengths it can
     * reach (titles more than {@code maxEdits} shorter or longer can never be similar by edits), not the whole list.
     */
    static final class LengthPostings {
        int shortest = -1; // read by TitleIndex's count loop, as is byLength
        IntList[] byLength = new IntList[0];

        IntList forLength(int length) {
            if (shortest < 0) {
                shortest = length;
                byLength = new IntList[1];
            } else if (length < shortest) {
                IntList[] wider = new IntList[byLength.length + shortest - length];
                System.arraycopy(byLength, 0, wider, shortest - length, byLength.length);
                byLength = wider;
                shortest = length;
            } else if (length - shortest >= byLength.length) {
                byLength = Arrays.copyOf(byLength, length - shortest + 1);
            }
            IntList list = byLength[length - shortest];
            if (list == null) {
                list = new IntList();
                byLength[length - shortest] = list;
            }
            return list;
        }

        /** Titles of a length from {@code lowest} to {@code highest} holding the trigram: how long a walk it is. */
        int sizeWithin(int lowest, int highest) {
            int within = 0;
            for (int ly = Math.max(lowest, shortest), to = Math.min(highest, shortest + byLength.length - 1); ly <= to; ly++) {
                IntList list = byLength[ly - shortest];
                if (list != null) {
                    within += list.size;
                }
            }
            return within;
        }

    }

    /** Trigram → postings, open addressing on the packed trigram (no boxing, no colliding hash codes). */
    static final class GramMap {
        private long[] keys = new long[1024];
        private LengthPostings[] values = new LengthPostings[1024];
        private int size;

        LengthPostings get(long key) {
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

        LengthPostings computeIfAbsent(long key) {
            LengthPostings existing = get(key);
            if (existing != null) {
                return existing;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            LengthPostings created = new LengthPostings();
            put(key, created);
            size++;
            return created;
        }

        private void put(long key, LengthPostings value) {
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
            LengthPostings[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new LengthPostings[oldValues.length * 2];
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
}
