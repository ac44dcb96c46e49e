package org.peerplanner.domain.gap;

import java.time.Instant;

/**
 * One line of a gap's history. {@code copiedFromGapId} is set on lines that happened to a
 * duplicate before it was merged into this gap.
 */
public record GapHistoryItem(Instant at, Long personId, String personName, GapEvent event, GapStatus fromStatus,
                             GapStatus toStatus, String note, Long relatedGapId, Long copiedFromGapId) {

    static GapHistoryItem of(GapHistoryEntry e) {
        return new GapHistoryItem(e.getHappenedAt(), e.getPersonId(), e.getPersonName(), e.getEvent(),
                e.getFromStatus(), e.getToStatus(), e.getNote(), e.getRelatedGapId(), e.getCopiedFromGapId());
    }
}
