package org.peerplanner.domain.help;

import java.time.Instant;

/** A help board row before it is loaded: enough to merge the board's parts newest first. */
record BoardRow(long id, Instant createdAt) {
}
