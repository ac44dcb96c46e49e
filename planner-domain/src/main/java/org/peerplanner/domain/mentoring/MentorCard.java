package org.peerplanner.domain.mentoring;

import java.util.List;

/**
 * A mentor in the directory: only what they chose to show of their profile.
 *
 * @param status       "2 of 2 places free", "Full", "Paused until 3 Jul"
 * @param viewerMayAsk the viewer may ask them now (not themselves, not full or paused, no open request already)
 */
public record MentorCard(long personId, String name, List<String> teams, List<String> confidentSkills, String style,
                         Rhythm preferredRhythm, int placesLeft, int capacity, boolean charges, String chargeTerms,
                         String status, boolean viewerMayAsk, long overlapHours) {
}
