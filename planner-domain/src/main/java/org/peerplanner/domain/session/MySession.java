package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import java.time.ZonedDateTime;

/**
 * A session as the person's own Home shows it (start in the team's zone).
 *
 * @param leading the person is its facilitator or co-facilitator
 * @param myRsvp  the person's answer, or null when they are not on its invite list
 */
public record MySession(long id, String teamName, SessionFormat format, String title, ZonedDateTime start,
                        int durationMinutes, SessionStatus status, String facilitatorName, boolean leading,
                        Rsvp myRsvp) {
}
