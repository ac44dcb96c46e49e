package org.peerplanner.domain.thanks;

/** Someone the giver may thank in a team. */
public record Teammate(long personId, String name) {
}
