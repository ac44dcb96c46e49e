package org.peerplanner.domain.rotation;

/** Two people, order-free: {@code PersonPair.of(2, 1)} equals {@code PersonPair.of(1, 2)}. */
public record PersonPair(long first, long second) {

    public PersonPair {
        if (first == second) {
            throw new IllegalArgumentException("A pair needs two different people: " + first);
        }
        if (first > second) {
            long swap = first;
            first = second;
            second = swap;
        }
    }

    public static PersonPair of(long a, long b) {
        return new PersonPair(a, b);
    }

    public boolean contains(long personId) {
        return first == personId || second == personId;
    }
}
