package org.peerplanner.domain.gap;

import java.time.Instant;

/** Someone who offered to teach a gap. */
public record GapOfferView(long personId, String personName, String note, Instant offeredAt) {
}
