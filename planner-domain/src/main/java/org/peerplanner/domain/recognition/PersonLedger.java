package org.peerplanner.domain.recognition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One person's whole ledger, oldest first, in two queries whatever its length, read as values (no entities). */
@Component
@Transactional(readOnly = true)
class PersonLedger {

    private final ContributionRepository entries;

    PersonLedger(ContributionRepository entries) {
        this.entries = entries;
    }

    List<ContributionEntry> of(long personId) {
        var rows = entries.ledgerOf(personId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> helped = new HashMap<>();
        entries.helpedBy(personId).forEach(h -> helped.computeIfAbsent(h.contributionId(), k -> new HashSet<>())
                .add(h.personId()));
        return rows.stream().map(c -> c.entry(helped.getOrDefault(c.id(), Set.of()))).toList();
    }
}
