package org.peerplanner.domain.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A mentorship's meetings as calendars need them: one series in the mentor's zone, from the start day.
 *
 * @param changedAt when the meetings last changed (a feed's DTSTAMP and LAST-MODIFIED); null when unknown
 */
public record MentorshipSeries(long id, int sequence, String goal, MeetingPlan plan, ZoneId zone, String mentorName,
                               String mentorEmail, String menteeName, String menteeEmail, MentorshipState state,
                               LocalDate pausedUntil, LocalDate endedOn, Instant changedAt) {

    public MentorshipSeries(long id, int sequence, String goal, MeetingPlan plan, ZoneId zone, String mentorName,
                            String mentorEmail, String menteeName, String menteeEmail, MentorshipState state,
                            LocalDate pausedUntil, LocalDate endedOn) {
        this(id, sequence, goal, plan, zone, mentorName, mentorEmail, menteeName, menteeEmail, state, pausedUntil,
                endedOn, null);
    }
}
