package org.peerplanner.domain.mentoring;

import java.time.LocalDate;

/**
 * Published in the transaction when a mentorship ends with its goal reached. Ending early publishes nothing: it is an
 * ordinary outcome, but not a completion.
 */
public record MentorshipCompleted(long mentorshipId, long mentorId, long menteeId, String goal, LocalDate on) {

    static MentorshipCompleted of(Mentorship ship) {
        return new MentorshipCompleted(ship.getId(), ship.getMentorId(), ship.getMenteeId(), ship.getGoal(),
                ship.getEndedOn());
    }
}
