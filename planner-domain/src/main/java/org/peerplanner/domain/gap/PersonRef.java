package org.peerplanner.domain.gap;

/** A person as history remembers them: their id and their name at the time. */
public record PersonRef(long id, String name) {
}
