package org.peerplanner.domain.rotation;

import java.util.List;

/** The person who facilitates a slot and why. */
public record FacilitatorPick(long personId, String name, PickSource source, List<String> reasons) {

    public FacilitatorPick {
        reasons = List.copyOf(reasons);
    }
}
