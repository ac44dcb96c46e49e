package org.peerplanner.domain.recognition;

import java.util.Set;
import org.peerplanner.domain.help.HelpAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answering someone else's help request counts once per request and person, however many replies it took; the asker
 * is the person helped (towards "helped five different people"). No backfill line: help requests arrived with the
 * ledger, so every answer has been counted as it was written.
 */
@Component
class HelpContributions {

    private final ContributionLedger ledger;
    private final TeamDays days;

    HelpContributions(ContributionLedger ledger, TeamDays days) {
        this.ledger = ledger;
        this.days = days;
    }

    @EventListener
    void answered(HelpAnswered event) {
        ledger.record(new ContributionFact(event.answeredBy(), event.teamId(), ContributionKinds.HELP_ANSWERED,
                days.day(event.teamId(), event.at()), new Source(Source.HELP_REQUEST, event.requestId(), event.title()),
                0, null, null, Set.of(event.askedBy())));
    }
}
