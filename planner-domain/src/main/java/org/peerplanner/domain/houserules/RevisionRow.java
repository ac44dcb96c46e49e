package org.peerplanner.domain.houserules;

import java.time.Instant;

/** One line of the house rules' history; {@code cleaned}: markup was removed when it was saved. */
public record RevisionRow(int number, String writtenBy, Instant writtenAt, boolean cleaned) {
}
