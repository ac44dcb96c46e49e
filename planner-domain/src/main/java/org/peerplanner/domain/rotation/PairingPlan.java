package org.peerplanner.domain.rotation;

import java.util.List;

/**
 * The pairs of the day.
 *
 * @param absent people left out because they are out of office
 * @param unpaired present people who could not be placed without breaking a do-not-pair rule
 * @param problems what could not be satisfied, in words; empty when everything worked out
 */
public record PairingPlan(List<PairGroup> groups, List<Long> absent, List<Long> unpaired, List<String> problems) {

    public PairingPlan {
        groups = List.copyOf(groups);
        absent = List.copyOf(absent);
        unpaired = List.copyOf(unpaired);
        problems = List.copyOf(problems);
    }
}
