package org.peerplanner.domain.rotation;

import java.util.List;

/** Two people (or three, once, when the count is odd) who pair, with why. */
public record PairGroup(List<Long> personIds, List<String> reasons) {

    public PairGroup {
        personIds = List.copyOf(personIds);
        reasons = List.copyOf(reasons);
    }
}
