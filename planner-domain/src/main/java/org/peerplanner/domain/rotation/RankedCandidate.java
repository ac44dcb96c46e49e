package org.peerplanner.domain.rotation;

import java.util.List;

/** A member who could facilitate, in rotation order, with the facts that put them there. */
public record RankedCandidate(long personId, String name, List<String> reasons) {

    public RankedCandidate {
        reasons = List.copyOf(reasons);
    }
}
