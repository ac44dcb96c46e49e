package org.peerplanner.domain.recognition;

import java.time.LocalDate;
import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;

/** A ledger line as pages, exports and the milestone rules read it. */
public record ContributionEntry(long id, long personId, Long teamId, ContributionKind kind, LocalDate on, Source source,
                                String topic, SessionFormat format, Set<Long> helped) {
}
