package org.peerplanner.domain.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A manager's view of one team and period: per member, alphabetically, how many contributions of each kind (no score,
 * no rank, no total to sort by), and who has never led or co-led a session in the team, so they can be invited.
 * Mentoring is left out: it is private to the pair.
 */
public record TeamPeriod(long teamId, String teamName, LocalDate from, LocalDate to, List<ContributionKind> kinds,
                         List<MemberCounts> members, List<String> neverLed) {

    public record MemberCounts(long personId, String name, Map<String, Long> countsByKind) {

        public long count(ContributionKind kind) {
            return countsByKind.getOrDefault(kind.code(), 0L);
        }
    }
}
