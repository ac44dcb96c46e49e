package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;

/**
 * Everything about one gap, with the version a form must send back and what the viewer may do.
 * {@code votes} = {@code voterCount} (people) + {@code importedVotes}. The sessions that address a gap come from
 * the session feature (which depends on this one), so a screen asks it for them.
 */
public record GapDetails(long id, long version, long teamId, String title, String description, GapStatus status,
                         GapSource source, String sourceReference, Urgency urgency, List<String> tags,
                         Set<SessionFormat> preferredFormats, boolean confidential, GapOrigin origin, long reporterId,
                         String reporterName, LocalDate reportedOn, String sessionReference, Long mergedIntoId,
                         int voterCount, int importedVotes, int votes, int priority, boolean hasMyVote,
                         boolean haveIOffered, List<GapOfferView> offers, List<GapHistoryItem> history,
                         Permissions viewerMay) {

    /** An addressed gap closes with an article as its evidence, by a manager, unless it was merged into another. */
    public boolean viewerMayCloseWithArticle() {
        return viewerMay.manage() && status == GapStatus.ADDRESSED && mergedIntoId == null;
    }

    /** What the viewer may do with the gap right now; a screen shows or hides its buttons by it. */
    public record Permissions(boolean vote, boolean offer, boolean revise, boolean manage) {
    }
}
