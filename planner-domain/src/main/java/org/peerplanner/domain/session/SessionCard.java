package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import java.time.ZonedDateTime;

/** A session in a list: what, when (in the team's zone), who leads, and the viewer's answer. */
public record SessionCard(long id, SessionFormat format, String title, ZonedDateTime start, int durationMinutes,
                          SessionStatus status, Long facilitatorId, String facilitatorName, String coFacilitatorName,
                          Rsvp myRsvp, boolean openSwap, int revision, boolean iLead) {

    /** What the viewer answered; someone who leads the session attends by definition. */
    public java.util.Optional<String> myAnswer() {
        if (iLead) {
            return java.util.Optional.of("You lead it");
        }
        return java.util.Optional.ofNullable(myRsvp).map(r -> "You: " + r.label());
    }

    public boolean isOpenSlot() {
        return facilitatorId == null && status == SessionStatus.PLANNED;
    }
}
