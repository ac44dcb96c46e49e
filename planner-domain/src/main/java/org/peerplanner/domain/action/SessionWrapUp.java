package org.peerplanner.domain.action;

import java.util.List;
import org.peerplanner.domain.session.Material;

/** Everything a facilitator enters when wrapping a session up. */
public record SessionWrapUp(String takeaways, List<ActionItemDraft> actionItems, List<Material> materials) {

    public SessionWrapUp {
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
