package org.peerplanner.domain.help;

import java.time.Instant;
import java.util.List;

/**
 * A request on the board or in "my requests".
 *
 * @param askedYou routing asked the viewer about it
 * @param youCanHelp the viewer has one of its skills at level 3 or more (or was asked)
 */
public record HelpCard(long id, String title, HelpKind kind, HelpUrgency urgency, HelpStatus status, List<String> tags,
                       String askerName, Instant createdAt, boolean confidential, boolean wholeOrganisation,
                       boolean askedYou, boolean youCanHelp) {
}
