package org.peerplanner.domain.session;

import java.time.ZonedDateTime;

/** A session in a list: what, when (in the team's zone), who leads, and the viewer's answer. */
public record SessionCard(long id, SessionFormat format, String title, ZonedDateTime start, int durationMinutes,
                          SessionStatus status, Long facilitatorId, String facilitatorName, String coFacilitatorName,
                          Rsvp myRsvp, boolean openSwap, int revision) {

    public boolean isOpenSlot() {
        return facilitatorId == null && status == SessionStatus.PLANNED;
    }
}
