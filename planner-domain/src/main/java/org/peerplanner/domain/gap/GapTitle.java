package org.peerplanner.domain.gap;

/** An open gap's title, for spotting duplicates. */
public record GapTitle(long id, String title, GapStatus status) {
}
