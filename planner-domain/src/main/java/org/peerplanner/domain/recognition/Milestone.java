package org.peerplanner.domain.recognition;

import java.time.LocalDate;

/** A milestone earned on a day, by one ledger entry ({@code earnedBy}: what earned it). */
public record Milestone(MilestoneKind kind, LocalDate on, String because, Source earnedBy) {
}
