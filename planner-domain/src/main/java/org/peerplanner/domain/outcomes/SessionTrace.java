package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * A held or cancelled session as the metrics see it: its day in the team's zone, who led and co-led it, the skill tags
 * of the gaps it covered, and why it was cancelled.
 */
public record SessionTrace(LocalDate day, boolean held, Long facilitatorId, Long coFacilitatorId, List<String> tags,
                           String cancelReason) {

    public SessionTrace {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static SessionTrace held(LocalDate day, Long facilitatorId, Long coFacilitatorId, String... tags) {
        return new SessionTrace(day, true, facilitatorId, coFacilitatorId, List.of(tags), null);
    }

    public static SessionTrace cancelled(LocalDate day, String reason) {
        return new SessionTrace(day, false, null, null, List.of(), reason);
    }

    boolean ledOrCoLedBy(long personId) {
        return Long.valueOf(personId).equals(facilitatorId) || Long.valueOf(personId).equals(coFacilitatorId);
    }
}
