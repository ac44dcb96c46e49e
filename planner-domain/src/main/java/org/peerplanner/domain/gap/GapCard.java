package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.List;

/** A gap as one line of the board. {@code votes} includes imported votes. */
public record GapCard(long id, long version, String title, GapStatus status, GapSource source, Urgency urgency,
                      int votes, int priority, List<String> tags, int offerCount, boolean hasMyVote,
                      boolean haveIOffered, boolean confidential, LocalDate reportedOn, String reporterName) {
}
