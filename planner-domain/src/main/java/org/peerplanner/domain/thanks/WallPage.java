package org.peerplanner.domain.thanks;

import java.util.List;

/**
 * A team's thank-you wall. {@code thanks} is empty while the wall is off; {@code viewerMayChange}: the viewer may
 * switch it on or off (the team's managers and administrators).
 */
public record WallPage(long teamId, String teamName, boolean shown, long version, boolean viewerMayChange,
                       List<ThankYouCard> thanks) {
}
