package org.peerplanner.domain.gap;

/** A person's current name, for cards and details. */
public record PersonName(long id, String name) {
}
