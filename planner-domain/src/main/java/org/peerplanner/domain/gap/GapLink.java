package org.peerplanner.domain.gap;

/** A person attached to a gap (an offer or a vote), as a plain pair of ids. */
public record GapLink(long gapId, long personId) {
}
