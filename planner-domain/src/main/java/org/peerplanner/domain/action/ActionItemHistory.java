package org.peerplanner.domain.action;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Action items as the events they would have published: for a one-off rebuild such as the ledger's backfill. */
@Component
@Transactional(readOnly = true)
public class ActionItemHistory {

    private final ActionItemRepository items;

    ActionItemHistory(ActionItemRepository items) {
        this.items = items;
    }

    /** The team's items that stand done. */
    public List<ActionItemDone> done(long teamId) {
        return items.findByTeamIdAndStatusOrderById(teamId, ActionItemStatus.DONE).stream()
                .map(ActionItemService::done).toList();
    }
}
