package org.peerplanner.domain.gap;

import java.util.Arrays;

/** A growable int array. */
final class IntList {
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
