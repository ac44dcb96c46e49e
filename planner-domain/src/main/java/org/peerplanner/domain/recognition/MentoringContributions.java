package org.peerplanner.domain.recognition;

import java.util.Set;
import org.peerplanner.domain.mentoring.MentorshipCompleted;
import org.peerplanner.domain.mentoring.MentorshipStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mentoring counts when a mentor takes on a mentee and when a mentorship reaches its goal (for both of them). Entries
 * carry no team: a mentorship is private to the pair, so only the two people see these lines.
 *
 * <p>A mentoring meeting is not counted: the app keeps the pair's agreed rhythm and calendar series, but nothing
 * records that a meeting took place, and counting planned dates would count meetings that never happened.
 */
@Component
class MentoringContributions {

    private final ContributionLedger ledger;

    MentoringContributions(ContributionLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void started(MentorshipStarted event) {
        record(event);
    }

    boolean record(MentorshipStarted event) {
        return ledger.record(new ContributionFact(event.mentorId(), null, ContributionKinds.MENTEE_TAKEN, event.on(),
                new Source(Source.MENTORSHIP, event.mentorshipId(), "Mentoring: " + event.goal()), 0, event.goal(), null,
                Set.of(event.menteeId())));
    }

    @EventListener
    void completed(MentorshipCompleted event) {
        record(event);
    }

    int record(MentorshipCompleted event) {
        var source = new Source(Source.MENTORSHIP, event.mentorshipId(), "Mentoring: " + event.goal());
        int written = ledger.record(new ContributionFact(event.mentorId(), null, ContributionKinds.MENTORSHIP_COMPLETED,
                event.on(), source, 0, event.goal(), null, Set.of(event.menteeId()))) ? 1 : 0;
        return written + (ledger.record(ContributionFact.of(event.menteeId(), null,
                ContributionKinds.MENTORSHIP_COMPLETED, event.on(), source)) ? 1 : 0);
    }
}
