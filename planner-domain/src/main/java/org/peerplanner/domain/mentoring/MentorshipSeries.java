package org.peerplanner.domain.mentoring;

import java.time.LocalDate;
import java.time.ZoneId;

/** A mentorship's meetings as calendars need them: one series in the mentor's zone, from the start day. */
public record MentorshipSeries(long id, int sequence, String goal, MeetingPlan plan, ZoneId zone, String mentorName,
                               String mentorEmail, String menteeName, String menteeEmail, MentorshipState state,
                               LocalDate pausedUntil, LocalDate endedOn) {
}
