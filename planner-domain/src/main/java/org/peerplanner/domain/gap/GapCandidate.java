package org.peerplanner.domain.gap;

import java.time.LocalDate;

/** The fields of a gap the board needs to rank it and show its card, without loading the entity. */
public record GapCandidate(long id, long version, String title, GapStatus status, GapSource source, Urgency urgency,
                           int importedVotes, long voterCount, LocalDate reportedOn, long reporterId,
                           boolean confidential) {

    public int votes() {
        return (int) voterCount + importedVotes;
    }

    public int priority(LocalDate today) {
        return GapPriority.score(urgency, votes(), reportedOn, today);
    }
}
