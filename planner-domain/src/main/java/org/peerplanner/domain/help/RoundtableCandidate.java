package org.peerplanner.domain.help;

import java.time.Instant;
import java.util.List;

/** An open "specific help" request whose asker agreed it may be discussed at a peer roundtable. */
public record RoundtableCandidate(long requestId, String title, long askerId, String askerName, List<String> tags,
                                  Instant askedAt) {
}
