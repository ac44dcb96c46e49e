package org.peerplanner.domain.gap;

/** An open gap whose title looks like the one being typed; {@code similarity} from 0 to 1. */
public record GapMatch(long id, String title, GapStatus status, double similarity) {
}
