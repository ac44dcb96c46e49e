package org.peerplanner.domain.recognition;

import java.util.List;

/**
 * A person's own page: their whole ledger (newest first), their milestones (in the order earned), counts by kind and
 * their next step in the team they look at (null when they are in no team).
 */
public record MyContributionsPage(String name, List<ContributionEntry> entries, List<Milestone> milestones,
                                  List<KindTotal> totals, NextStep nextStep) {

    public record KindTotal(ContributionKind kind, long count) {
    }
}
