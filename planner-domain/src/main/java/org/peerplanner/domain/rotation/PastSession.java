package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;

/**
 * A session the team already held (before the plan starts).
 *
 * @param facilitatorId who led it, {@code null} if nobody did
 * @param gapId the gap it covered, {@code null} if none
 * @param skillTags the skill tags of its topic (for "not the same skill twice in a row")
 */
public record PastSession(LocalDate date, SessionFormat format, Long facilitatorId, Set<Long> coFacilitatorIds,
                          Long gapId, Set<String> skillTags) {

    public PastSession {
        coFacilitatorIds = coFacilitatorIds == null ? Set.of() : Set.copyOf(coFacilitatorIds);
        skillTags = skillTags == null ? Set.of() : Set.copyOf(skillTags);
    }

    public static PastSession ledBy(LocalDate date, Long facilitatorId) {
        return new PastSession(date, null, facilitatorId, Set.of(), null, Set.of());
    }
}
