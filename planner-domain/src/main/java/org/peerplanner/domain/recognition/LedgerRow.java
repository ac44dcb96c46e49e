package org.peerplanner.domain.recognition;

import java.time.LocalDate;
import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;

/**
 * One ledger line read as plain values for a person's page: no entity is built, so a long history costs no
 * persistence-context bookkeeping (snapshots, identity map) for rows that are only shown.
 */
record LedgerRow(long id, long personId, Long teamId, String kind, LocalDate on, String sourceType, long sourceId,
                 String sourceTitle, String topic, SessionFormat format) {

    ContributionEntry entry(Set<Long> helped) {
        return new ContributionEntry(id, personId, teamId, ContributionKinds.of(kind), on,
                new Source(sourceType, sourceId, sourceTitle), topic, format, Set.copyOf(helped));
    }
}
