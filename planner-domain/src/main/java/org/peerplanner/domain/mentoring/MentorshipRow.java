package org.peerplanner.domain.mentoring;

/** One mentorship in a list: with whom, towards what, how it stands. */
public record MentorshipRow(long id, String partnerName, String goal, boolean viewerIsMentor, MentorshipState state,
                            String summary) {
}
