package org.peerplanner.domain.team;

/** A team as lists and switchers show it. */
public record TeamSummary(long id, String name, String timeZone, String slot, String cadence, long memberCount,
                          boolean manageable) {
}
