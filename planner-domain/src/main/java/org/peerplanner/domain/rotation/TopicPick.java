package org.peerplanner.domain.rotation;

import java.util.List;
import java.util.Set;

/**
 * The gap a slot covers and why. {@code title} is {@code null} for a fixed gap the engine was not
 * given; show a confidential gap's title only to those allowed to see it.
 */
public record TopicPick(long gapId, String title, boolean confidential, int priority, Set<String> skillTags,
                        PickSource source, List<String> reasons) {

    public TopicPick {
        skillTags = skillTags == null ? Set.of() : Set.copyOf(skillTags);
        reasons = List.copyOf(reasons);
    }
}
