package org.peerplanner.domain.mentoring;

import java.time.Instant;

/** A request as its mentee or mentor sees it, with what the viewer may do about it now. */
public record RequestRow(long id, long version, String mentorName, String menteeName, String goal, String message,
                         Rhythm rhythm, RequestStatus status, String statusText, String question, String answer,
                         String declineNote, Instant created, boolean viewerIsMentor, boolean viewerMayAccept,
                         boolean viewerMayDecline, boolean viewerMayAskForMore, boolean viewerMayAnswer,
                         boolean viewerMayWithdraw) {
}
