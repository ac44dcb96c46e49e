package org.peerplanner.domain.action;

import java.time.Instant;

/** Published in the transaction when an action item is done; its owner did the work, whoever recorded it. */
public record ActionItemDone(long itemId, long teamId, long ownerId, String description, Instant doneAt) {
}
