package org.peerplanner.domain.recognition;

import org.peerplanner.domain.action.ActionItemDone;
import org.peerplanner.domain.action.ActionItemReopened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A done action item counts for its owner, whoever recorded it; reopening it removes the entry. */
@Component
class ActionItemContributions {

    private final ContributionLedger ledger;
    private final TeamDays days;

    ActionItemContributions(ContributionLedger ledger, TeamDays days) {
        this.ledger = ledger;
        this.days = days;
    }

    @EventListener
    void done(ActionItemDone event) {
        record(event);
    }

    boolean record(ActionItemDone event) {
        return ledger.record(ContributionFact.of(event.ownerId(), event.teamId(), ContributionKinds.ACTION_ITEM_DONE,
                days.day(event.teamId(), event.doneAt()), new Source(Source.ACTION_ITEM, event.itemId(),
                        event.description())));
    }

    @EventListener
    void reopened(ActionItemReopened event) {
        ledger.reverse(Source.ACTION_ITEM, event.itemId());
    }
}
