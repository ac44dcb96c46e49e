package org.peerplanner.domain.action;

/**
 * An item on a session's "how did it go?" list, with the answer recorded at this session (if any) and whether
 * the viewer may record one.
 */
public record AgendaItem(ActionItemView item, Outcome outcomeHere, String noteHere, boolean viewerMayRecord) {
}
