package org.peerplanner.domain.mentoring;

import java.time.LocalDate;

/** Published in the transaction when a mentor accepts a request and the mentorship begins. */
public record MentorshipStarted(long mentorshipId, long mentorId, long menteeId, String goal, LocalDate on) {

    static MentorshipStarted of(Mentorship ship) {
        return new MentorshipStarted(ship.getId(), ship.getMentorId(), ship.getMenteeId(), ship.getGoal(),
                LocalDate.ofInstant(ship.getCreatedAt(), java.time.ZoneOffset.UTC));
    }
}
