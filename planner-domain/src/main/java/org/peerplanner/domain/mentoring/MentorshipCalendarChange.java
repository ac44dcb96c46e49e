package org.peerplanner.domain.mentoring;

/** A mentorship's meetings changed (agreed, paused, resumed, ended): both calendars need the series again. */
public record MentorshipCalendarChange(long mentorshipId) {
}
