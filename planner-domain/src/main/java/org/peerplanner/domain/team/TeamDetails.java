package org.peerplanner.domain.team;

/** A team with its settings and the version a form must send back. */
public record TeamDetails(long id, long version, TeamSettings settings, boolean manageable) {
}
