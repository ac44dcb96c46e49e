package org.peerplanner.domain.action;

import java.util.List;
import java.util.Set;
import org.peerplanner.domain.session.Material;

/**
 * Everything a facilitator enters when wrapping a session up. {@code attended}: who actually came; null keeps what is
 * recorded (for a session held just now: those who answered yes and those who lead).
 */
public record SessionWrapUp(String takeaways, List<ActionItemDraft> actionItems, List<Material> materials,
                            Set<Long> attended) {

    public SessionWrapUp {
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
        materials = materials == null ? List.of() : List.copyOf(materials);
        attended = attended == null ? null : Set.copyOf(attended);
    }

    public SessionWrapUp(String takeaways, List<ActionItemDraft> actionItems, List<Material> materials) {
        this(takeaways, actionItems, materials, null);
    }
}
