package org.peerplanner.integrations.mail;

import java.util.List;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.CarriedItem;
import org.springframework.stereotype.Component;

/** The invite lists the open action items that the session's agenda brings back from earlier sessions. */
@Component
class ActionItemsCarriedOver implements CarriedOverActionItems {

    private final ActionItemQueries actionItems;

    ActionItemsCarriedOver(ActionItemQueries actionItems) {
        this.actionItems = actionItems;
    }

    @Override
    public List<String> openBefore(long sessionId) {
        return actionItems.openCarriedInto(sessionId).stream().map(CarriedItem::line).toList();
    }
}
