package org.peerplanner.domain.action;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * An action item as the lists show it.
 *
 * @param source           "Lunch & learn: SQL (12 Nov 2026)" or "Gap: Kafka consumer groups"
 * @param sessionsOnAgenda how many of the team's sessions it has been on the agenda of so far
 * @param overdue          open and due before today in the team's time zone
 * @param lastOutcome      the latest answer to "how did it go?", or null
 * @param viewerMayUpdate  the viewer owns it, manages the team or led its source session
 */
public record ActionItemView(long id, long version, long teamId, String teamName, String description, long ownerId,
                             String ownerName, LocalDate dueOn, ActionItemStatus status, String closeNote,
                             Long sessionId, ZonedDateTime sessionStart, Long gapId, String source,
                             long sessionsOnAgenda, boolean overdue, Outcome lastOutcome, String lastNote,
                             boolean viewerMayUpdate) {

    public boolean open() {
        return status == ActionItemStatus.OPEN;
    }

    /** On the agenda of at least one later session and still open, or closed only after that. */
    public boolean carriedOver() {
        return sessionsOnAgenda > 0;
    }
}
