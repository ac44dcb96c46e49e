package org.peerplanner.domain.gap;

/** One tag of one gap, as read for a page of cards or an export chunk. */
public record GapTag(long gapId, String tag) {
}
