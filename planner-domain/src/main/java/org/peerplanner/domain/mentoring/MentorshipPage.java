package org.peerplanner.domain.mentoring;

import java.time.ZonedDateTime;

/**
 * One mentorship's page, only ever for its two people.
 *
 * @param nextMeeting    in the viewer's zone; null when paused or over
 * @param endedMessage   the neutral sentence both see once it ended; null while it runs
 * @param ownEndReason   the reason the viewer gave when they ended it; never shown to the other
 */
public record MentorshipPage(long id, long version, String mentorName, String menteeName, String goal,
                             MeetingPlan plan, String rhythmText, ZonedDateTime nextMeeting, MentorshipState state,
                             String endedMessage, String ownEndReason, String sharedNotes, boolean viewerIsMentor,
                             boolean viewerMayPause, boolean viewerMayResume, boolean viewerMayEnd,
                             boolean viewerMayWriteNotes) {
}
