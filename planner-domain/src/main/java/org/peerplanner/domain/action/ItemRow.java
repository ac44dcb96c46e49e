package org.peerplanner.domain.action;

import java.time.Instant;
import java.time.LocalDate;
import org.peerplanner.domain.format.SessionFormat;

/**
 * One item with everything the lists show, read in a single query: owner, team, source session or gap, and how
 * many of the team's sessions it has been on the agenda of (a correlated count, so no per-row look-ups).
 */
public record ItemRow(long id, long version, long teamId, String teamName, String teamZone, String description,
                      long ownerId, String ownerName, String ownerEmail, LocalDate dueOn, ActionItemStatus status,
                      String closeNote, Instant closedAt, Long closedInSessionId, Long sessionId, String sessionTitle,
                      SessionFormat sessionFormat, Instant sessionStart, Long sessionFacilitatorId, Long sessionCoFacilitatorId, Long gapId,
                      String gapTitle, Boolean gapConfidential, Long gapReporterId, Instant agendaFrom,
                      Instant updatedAt, long sessionsOnAgenda) {

    /** A commitment made at a peer roundtable: it stays with the roundtable's attendees and comes back at the next. */
    public boolean fromRoundtable() {
        return sessionFormat != null && sessionFormat.isConfidential();
    }
}
