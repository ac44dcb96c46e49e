package org.peerplanner.domain.action;

/** Published in the transaction when a done (or dropped) action item is reopened. */
public record ActionItemReopened(long itemId, long teamId) {
}
