package org.peerplanner.domain.access;

/**
 * Who is asking. Every service call that reads or changes team data takes one, so access rules
 * hold the same for screens, feeds and imports.
 */
public record Actor(long personId, boolean administrator) {
}
