package org.peerplanner.domain.recognition;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reverses ledger entries. Called by the listeners of this package inside the transaction of the change
 * they record ({@link Propagation#MANDATORY}): an entry never exists without its source, nor outlives its undoing.
 * Writing is idempotent: an entry already there (a replayed event, a second backfill) is left alone, and the unique
 * key (person, kind, source, occurrence) stops a concurrent duplicate.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ContributionLedger {

    private final ContributionRepository entries;
    private final Clock clock;

    ContributionLedger(ContributionRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** @return whether the entry was new */
    public boolean record(ContributionFact fact) {
        if (entries.existsByPersonIdAndKindAndSourceTypeAndSourceIdAndOccurrence(fact.personId(), fact.kind().code(),
                fact.source().type(), fact.source().id(), fact.occurrence())) {
            return false;
        }
        entries.save(new Contribution(fact, clock.instant()));
        return true;
    }

    /** The source was undone (a held session set back, a gap reopened, an item reopened): all its entries go. */
    public void reverse(String sourceType, long sourceId) {
        entries.deleteAll(entries.findBySourceTypeAndSourceId(sourceType, sourceId));
    }

    /** Occurrences {@code after < n <= upTo} of one kind on a source go (revisions undone by a restore). */
    public void reverse(String sourceType, long sourceId, ContributionKind kind, int after, int upTo) {
        entries.deleteAll(entries.findOccurrences(sourceType, sourceId, kind.code(), after, upTo));
    }
}
