package org.peerplanner.domain.recognition;

/** How many entries of one kind a person has in a period (a row of the manager's view). */
record KindCount(long personId, String kind, long count) {
}
