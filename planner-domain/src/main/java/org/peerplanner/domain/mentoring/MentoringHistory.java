package org.peerplanner.domain.mentoring;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mentorships as the events they would have published: for a one-off rebuild such as the ledger's backfill. */
@Component
@Transactional(readOnly = true)
public class MentoringHistory {

    private final MentorshipRepository mentorships;

    MentoringHistory(MentorshipRepository mentorships) {
        this.mentorships = mentorships;
    }

    /** Every mentorship's start, and the completion of those that reached their goal, in that order. */
    public List<Object> events() {
        return mentorships.findAll().stream().sorted(java.util.Comparator.comparing(Mentorship::getId))
                .flatMap(ship -> ship.getState() == MentorshipState.COMPLETED
                        ? Stream.<Object>of(MentorshipStarted.of(ship), MentorshipCompleted.of(ship))
                        : Stream.<Object>of(MentorshipStarted.of(ship)))
                .toList();
    }
}
