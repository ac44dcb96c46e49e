package org.peerplanner.domain.gap;

import java.time.Instant;

/**
 * Someone offering to teach a gap that is still open or planned: what the rotation engine weighs
 * when it picks the next facilitator and topic. {@code confidential} gaps are included so the
 * engine can count the offer, but must not show their title to the whole team.
 */
public record OpenGapOffer(long gapId, String gapTitle, boolean confidential, long personId, String note,
                           Instant offeredAt) {
}
