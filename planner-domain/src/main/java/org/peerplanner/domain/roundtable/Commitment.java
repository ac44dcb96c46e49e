package org.peerplanner.domain.roundtable;

/** What a presenter says at the wrap-up they will do before the next roundtable; it becomes their action item. */
public record Commitment(long presenterSlotId, String text) {
}
