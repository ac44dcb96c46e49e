package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.util.List;
import org.peerplanner.domain.team.Blackout;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

/**
 * When a team meets, as the rhythm figures need it; the session feature turns it into slot days.
 *
 * @param anchor the day that fixes the weeks of an every-two-weeks cadence (the team's creation day)
 */
public record TeamSchedule(SessionSlot slot, CadenceRule cadence, LocalDate anchor, List<Blackout> blackouts) {

    public TeamSchedule {
        blackouts = List.copyOf(blackouts);
    }
}
